import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "./return-path";

const app = "http://localhost:3000";

describe("the return path after sign-in", () => {
  it.each([
    ["/tokens/abc/runbook", "/tokens/abc/runbook"],
    ["/tokens/abc/runbook/emergency?from=mail#steps", "/tokens/abc/runbook/emergency?from=mail#steps"],
    ["/my-tokens", "/my-tokens"],
    ["/", "/"],
    [`${app}/tokens/abc`, "/tokens/abc"],
  ])("keeps a path on this site: %s", (value, expected) => {
    expect(safeReturnPath(value, app)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "//evil.example/tokens",
    "https://evil.example",
    "https://evil.example/tokens/abc",
    "http://localhost:3001/tokens",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "evil.example",
    "/sign-in",
    "/sign-in/confirm?token=x",
    "/api/auth/signout",
    "",
    "x".repeat(3000),
  ])("refuses anything else: %j", (value) => {
    expect(safeReturnPath(value, app)).toBeNull();
  });

  it.each([undefined, null, 42, ["/tokens"], { path: "/tokens" }])("refuses what is not a string: %j", (value) => {
    expect(safeReturnPath(value, app)).toBeNull();
  });

  it("sign-out may still land on the sign-in page", () => {
    expect(safeReturnPath(`${app}/sign-in`, app, { signInPages: true })).toBe("/sign-in");
    expect(safeReturnPath("//evil.example/sign-in", app, { signInPages: true })).toBeNull();
  });

  it("without the app's origin, absolute addresses are refused even when they are ours", () => {
    expect(safeReturnPath(`${app}/tokens`)).toBeNull();
  });

  it("links to sign in carry only a safe path", () => {
    expect(signInHref("/tokens/abc/runbook")).toBe("/sign-in?callbackUrl=%2Ftokens%2Fabc%2Frunbook");
    expect(signInHref("//evil.example")).toBe("/sign-in");
    expect(signInHref("/")).toBe("/sign-in");
    expect(signInHref(undefined)).toBe("/sign-in");
  });
});
