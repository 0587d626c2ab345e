import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { defaultReminderSchedule, type ReminderSchedule } from "@/lib/reminders/reminder-schedule";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { statusClock, statusSelect, tokenStatus, tokenStatuses, tokenStatusWhere } from "./token-status";

const today = new Date("2026-12-05T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const earlySchedule: ReminderSchedule = {
  daysBefore: [60, 14, 7, 3, 1, 0],
  criticalDaysBefore: [90],
  overdueEveryDays: 2,
};

describe("the SQL status condition matches the status function", () => {
  it("for every status and two schedules, over tokens at every edge", async () => {
    const [stays, left] = [
      await createPerson({ role: "editor" }),
      await createPerson({ role: "editor", active: false }),
    ];
    // Each edge of both schedules' windows: today, +30/31, +60/61 and +90/91 days.
    const expiries = [
      null,
      "2026-11-01",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
      "2027-01-04",
      "2027-01-05",
      "2027-02-03",
      "2027-02-04",
      "2027-03-05",
      "2027-03-06",
      "2028-01-01",
    ];
    const rotations: [Date | null, number | null][] = [
      [null, null],
      [day("2026-06-01"), 90],
      [day("2026-11-05"), 30],
      [day("2026-11-06"), 30],
    ];
    const holders = [
      { ownerId: stays.id, backupId: null },
      { ownerId: stays.id, backupId: (await createPerson({ role: "editor" })).id },
      { ownerId: stays.id, backupId: left.id },
      { ownerId: left.id, backupId: stays.id },
    ];
    for (const expiry of expiries) {
      for (const [lastRotatedOn, rotateEveryDays] of rotations) {
        for (const people of holders) {
          for (const criticality of ["medium", "critical"] as const) {
            await createTokenRecord({
              expiresOn: expiry ? day(expiry) : null,
              lastRotatedOn,
              rotateEveryDays,
              criticality,
              ...people,
            });
          }
        }
      }
    }
    for (const state of ["compromised", "revoked", "retired"] as const)
      await createTokenRecord({ state, ownerId: left.id, expiresOn: day("2026-12-06") });
    const tokens = await db.token.findMany({ select: { ...statusSelect, id: true } });
    expect(tokens).toHaveLength(expiries.length * rotations.length * holders.length * 2 + 3);
    for (const schedule of [defaultReminderSchedule, earlySchedule]) {
      const clock = statusClock(today, schedule);
      for (const status of tokenStatuses) {
        const expected = tokens
          .filter((token) => tokenStatus(token, clock) === status)
          .map((t) => t.id)
          .sort();
        const found = (await db.token.findMany({ where: tokenStatusWhere(status, clock), select: { id: true } }))
          .map((t) => t.id)
          .sort();
        expect(found, status).toEqual(expected);
        expect(expected.length, `${status} is covered`).toBeGreaterThan(0);
      }
    }
  });

  it("computes the rotation due date in the database", async () => {
    const token = await createTokenRecord({ lastRotatedOn: day("2026-11-05"), rotateEveryDays: 30 });
    const stored = await db.token.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.rotationDueOn).toEqual(day("2026-12-05"));
  });
});
