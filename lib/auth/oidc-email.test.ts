import { describe, expect, it } from "vitest";
import { oidcEmailAccepted } from "./oidc-email";

describe("oidcEmailAccepted", () => {
  it.each([
    [{ email_verified: true }, false, true],
    [{ email_verified: "true" }, false, true],
    [{ email_verified: false }, false, false],
    [{ email_verified: false }, true, false],
    [{ email_verified: "false" }, true, false],
    [{}, false, false],
    [{}, true, true],
    [undefined, false, false],
    [{ email_verified: null }, true, false],
  ])("%j with trust %s → %s", (profile, trust, accepted) => {
    expect(oidcEmailAccepted(profile as { email_verified?: unknown } | undefined, trust)).toBe(accepted);
  });
});
