import { describe, expect, it } from "vitest";
import { type TokenStatus, tokenStatus } from "./token-status";

const now = new Date("2026-12-05T15:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Fields = Parameters<typeof tokenStatus>[0];
const base: Fields = { state: "active", expiresOn: day("2027-06-01"), rotationDueOn: null, backupId: "backup" };

const cases: [string, Partial<Fields>, TokenStatus][] = [
  ["expires next year, has a backup", {}, "healthy"],
  ["expired yesterday", { expiresOn: day("2026-12-04") }, "expired"],
  ["expires today (still works today)", { expiresOn: day("2026-12-05") }, "expiring_soon"],
  ["expires tomorrow", { expiresOn: day("2026-12-06") }, "expiring_soon"],
  ["expires exactly at the end of the 30-day window", { expiresOn: day("2027-01-04") }, "expiring_soon"],
  ["expires one day after the window", { expiresOn: day("2027-01-05") }, "healthy"],
  ["has no expiry date", { expiresOn: null }, "no_expiry"],
  ["has no backup", { backupId: null }, "no_backup"],
  ["no backup but expired: expiry comes first", { backupId: null, expiresOn: day("2026-11-01") }, "expired"],
  ["rotation was due yesterday", { rotationDueOn: day("2026-12-04") }, "rotation_overdue"],
  ["rotation is due today", { rotationDueOn: day("2026-12-05") }, "healthy"],
  ["rotation overdue and expiring soon: expiring comes first", { rotationDueOn: day("2026-12-01"), expiresOn: day("2026-12-10") }, "expiring_soon"],
  ["compromised, even with good dates", { state: "compromised" }, "compromised"],
  ["revoked", { state: "revoked", expiresOn: day("2026-01-01") }, "revoked"],
  ["retired", { state: "retired" }, "retired"],
];

describe("tokenStatus", () => {
  it.each(cases)("%s", (_label, overrides, expected) => {
    expect(tokenStatus({ ...base, ...overrides }, now)).toBe(expected);
  });

  it("counts calendar days in UTC, whatever the hour", () => {
    expect(tokenStatus({ ...base, expiresOn: day("2026-12-05") }, new Date("2026-12-05T23:59:59Z"))).toBe("expiring_soon");
    expect(tokenStatus({ ...base, expiresOn: day("2026-12-05") }, new Date("2026-12-06T00:00:01Z"))).toBe("expired");
  });

  it("uses the given window", () => {
    expect(tokenStatus({ ...base, expiresOn: day("2027-01-25") }, now, 60)).toBe("expiring_soon");
  });
});
