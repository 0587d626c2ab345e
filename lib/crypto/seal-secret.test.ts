import { describe, expect, it } from "vitest";

process.env.ENCRYPTION_KEY = "seal-test-encryption-key-that-is-long-enough";
const { openSecret, sealSecret } = await import("./seal-secret");

describe("sealSecret", () => {
  it("round-trips any text, and never writes it in the clear", () => {
    const address = "https://hooks.slack.com/services/T0/B0/é🔑\u200f?x=1&y=<2>";
    const sealed = sealSecret(address);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("hooks.slack.com");
    expect(openSecret(sealed)).toBe(address);
  });

  it("seals the same text differently each time (a fresh IV)", () => {
    expect(sealSecret("same")).not.toBe(sealSecret("same"));
  });

  it("fails loudly on a changed value, never returning garbage", () => {
    const [version, iv, tag, data] = sealSecret("https://example.com/hook").split(".");
    const flipped = Buffer.from(data, "base64url");
    flipped[0] ^= 1;
    expect(() => openSecret([version, iv, tag, flipped.toString("base64url")].join("."))).toThrow(
      /could not be decrypted/,
    );
    expect(() => openSecret("plain text")).toThrow(/not in a form Tokenbook knows/);
  });
});
