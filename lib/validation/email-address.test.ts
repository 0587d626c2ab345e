import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/schema";
import { invitePersonSchema } from "@/lib/people/schema";
import { emailAddress } from "./email-address";

const messageFor = (address: string) => emailAddress.safeParse(address).error?.issues[0]?.message;

describe("an email address", () => {
  it("takes up to 64 characters before the @ and 254 in all, trimmed and lower-cased", () => {
    expect(emailAddress.parse(` ${"A".repeat(64)}@Example.com `)).toBe(`${"a".repeat(64)}@example.com`);
    const longest = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.com`;
    expect(longest).toHaveLength(254);
    expect(emailAddress.parse(longest)).toBe(longest);
  });

  it("refuses an address a mail server would refuse, in plain words, in the invite and sign-in forms alike", () => {
    const tooLong = /too long to send email to/;
    expect(messageFor(`${"a".repeat(65)}@example.com`)).toMatch(tooLong);
    expect(messageFor(`${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(58)}.com`)).toMatch(tooLong);
    for (const schema of [invitePersonSchema, signInSchema]) {
      const parsed = schema.safeParse({ name: "Bea", role: "viewer", email: `${"b".repeat(250)}@example.com` });
      expect(parsed.error?.issues.find((issue) => issue.path[0] === "email")?.message).toMatch(tooLong);
    }
    expect(messageFor("not an address")).toBe("Enter an email address, like name@company.com.");
  });
});
