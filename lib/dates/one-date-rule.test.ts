import { describe, expect, it } from "vitest";
import { readDate } from "@/lib/import/read-date";
import { tokenInputSchema } from "@/lib/tokens/schema";

const form = (dates: Record<string, string | boolean>) =>
  tokenInputSchema.safeParse({
    name: "HubSpot key",
    service: "HubSpot",
    purpose: "Reports",
    environment: "production",
    secretLocation: "1Password",
    criticality: "low",
    ownerId: "owner-id",
    backupId: "none",
    ...dates,
  });

describe("one date rule for the form and the import", () => {
  it("saves a far-future “never ends” expiry as does not expire", () => {
    expect(form({ expiresOn: "9999-12-31" })).toMatchObject({
      success: true,
      data: { expiresOn: undefined, doesNotExpire: true },
    });
    expect(form({ expiresOn: "9999-12-31", doesNotExpire: true })).toMatchObject({
      success: true,
      data: { doesNotExpire: true },
    });
    expect(readDate("9999-12-31", "")).toEqual({ neverEnds: true });
    expect(readDate("31.12.9999", "")).toEqual({ neverEnds: true });
    expect(readDate("12/31/9999", "mdy")).toEqual({ neverEnds: true });
  });

  it("accepts 1970 to 2199 and refuses other years with one plain message", () => {
    expect(form({ expiresOn: "2199-12-31" }).success).toBe(true);
    expect(form({ expiresOn: "1970-01-01" }).success).toBe(true);
    for (const expiresOn of ["1969-12-31", "2200-01-01", "8999-01-01", "0001-01-01"]) {
      const result = form({ expiresOn });
      expect(result.success, expiresOn).toBe(false);
      expect(result.error?.issues[0].message).toBe(
        "Enter the expiry date between 1970 and 2199. If the token never ends, tick “Does not expire”.",
      );
    }
    expect(form({ expiresOn: "2027-01-01", issuedOn: "9999-12-31" }).error?.issues[0].message).toBe(
      "Enter the issue date between 1970 and 2199.",
    );
    expect(readDate("1969-12-31", "")).toEqual({
      problem: "is outside the years Tokenbook accepts (between 1970 and 2199).",
    });
    expect(readDate("2026-02-30", "")).toEqual({ problem: "isn't a real date (that day doesn't exist)." });
  });

  it("folds a two-line name to one line on input", () => {
    expect(form({ name: "HubSpot\r\nreporting\tkey", expiresOn: "2027-01-01" })).toMatchObject({
      success: true,
      data: { name: "HubSpot reporting key" },
    });
  });
});
