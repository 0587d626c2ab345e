import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "./env";

describe("readEnv", () => {
  it("fills the documented defaults", () => {
    const env = readEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR.endsWith("/data")).toBe(true);
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("takes the port from APP_URL when PORT is unset", () => {
    expect(readEnv({ APP_URL: "http://127.0.0.1:4100/" }).PORT).toBe(4100);
    expect(readEnv({ APP_URL: "http://127.0.0.1:4100/" }).APP_URL).toBe("http://127.0.0.1:4100");
  });

  it.each([
    ["DATABASE_URL", "garbage"],
    ["DATABASE_URL", "mysql://x@y/z"],
    ["APP_URL", "localhost"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["SMTP_URL", "mail.example.com"],
    ["ADMIN_EMAIL", "not-an-email"],
    ["AUTH_SECRET", "short"],
    ["TRUSTED_PROXIES", "the load balancer"],
    ["OIDC_TRUST_EMAIL", "yes"],
  ])("refuses %s=%s with one plain line naming it", (name, value) => {
    let error: unknown;
    try {
      readEnv({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain("\n");
  });

  it("treats empty values as unset", () => {
    expect(readEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
