import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { tokenStatus, tokenStatuses, tokenStatusWhere } from "./token-status";

const now = new Date("2026-12-05T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the SQL status condition matches the status function", () => {
  it("for every status, over tokens at every edge", async () => {
    const backup = await createPerson();
    const expiries = [null, day("2026-11-01"), day("2026-12-04"), day("2026-12-05"), day("2026-12-06"), day("2027-01-04"), day("2027-01-05"), day("2028-01-01")];
    const rotations: [Date | null, number | null][] = [[null, null], [day("2026-06-01"), 90], [day("2026-11-05"), 30], [day("2026-11-06"), 30]];
    for (const state of ["active", "compromised", "revoked", "retired"] as const) {
      for (const expiresOn of expiries) {
        for (const [lastRotatedOn, rotateEveryDays] of rotations) {
          for (const backupId of [null, backup.id]) {
            await createTokenRecord({ state, expiresOn, lastRotatedOn, rotateEveryDays, backupId });
          }
        }
      }
    }
    const tokens = await db.token.findMany({ select: { id: true, state: true, expiresOn: true, rotationDueOn: true, backupId: true } });
    expect(tokens).toHaveLength(4 * expiries.length * rotations.length * 2);
    for (const status of tokenStatuses) {
      const expected = tokens.filter((token) => tokenStatus(token, now) === status).map((t) => t.id).sort();
      const found = (await db.token.findMany({ where: tokenStatusWhere(status, now), select: { id: true } })).map((t) => t.id).sort();
      expect(found, status).toEqual(expected);
      expect(expected.length, `${status} is covered`).toBeGreaterThan(0);
    }
  });

  it("computes the rotation due date in the database", async () => {
    const token = await createTokenRecord({ lastRotatedOn: day("2026-11-05"), rotateEveryDays: 30 });
    const stored = await db.token.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.rotationDueOn).toEqual(day("2026-12-05"));
  });
});
