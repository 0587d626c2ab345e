import { describe, expect, it } from "vitest";
import { defaultReminderSchedule } from "@/lib/reminders/reminder-schedule";
import { type StatusFields, statusClock, type TokenStatus, tokenStatus } from "./token-status";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const clock = statusClock(day("2026-12-05"), defaultReminderSchedule);
const stays = { active: true };
const base: StatusFields = {
  state: "active",
  criticality: "medium",
  expiresOn: day("2027-06-01"),
  rotationDueOn: null,
  backupId: "backup",
  owner: stays,
  backup: stays,
};

const cases: [string, Partial<StatusFields>, TokenStatus][] = [
  ["expires next year, has a backup", {}, "healthy"],
  ["expired yesterday", { expiresOn: day("2026-12-04") }, "expired"],
  ["expires today (still works today)", { expiresOn: day("2026-12-05") }, "expiring_soon"],
  ["expires tomorrow", { expiresOn: day("2026-12-06") }, "expiring_soon"],
  ["expires on the schedule's first step (30 days)", { expiresOn: day("2027-01-04") }, "expiring_soon"],
  ["expires one day after the first step", { expiresOn: day("2027-01-05") }, "healthy"],
  [
    "critical, on its earlier first step (60 days)",
    { criticality: "critical", expiresOn: day("2027-02-03") },
    "expiring_soon",
  ],
  ["critical, one day after its first step", { criticality: "critical", expiresOn: day("2027-02-04") }, "healthy"],
  ["has no expiry date", { expiresOn: null }, "no_expiry"],
  ["has no backup", { backupId: null, backup: null }, "no_backup"],
  [
    "no backup but expired: expiry comes first",
    { backupId: null, backup: null, expiresOn: day("2026-11-01") },
    "expired",
  ],
  ["rotation was due yesterday", { rotationDueOn: day("2026-12-04") }, "rotation_overdue"],
  ["rotation is due today", { rotationDueOn: day("2026-12-05") }, "healthy"],
  [
    "rotation overdue and expiring soon: expiring comes first",
    { rotationDueOn: day("2026-12-01"), expiresOn: day("2026-12-10") },
    "expiring_soon",
  ],
  ["its owner has left", { owner: { active: false } }, "holder_left"],
  ["its backup has left", { backup: { active: false } }, "holder_left"],
  [
    "owner left and no backup: the leaver comes first",
    { owner: { active: false }, backupId: null, backup: null },
    "holder_left",
  ],
  [
    "backup left but expiring soon: expiring comes first",
    { backup: { active: false }, expiresOn: day("2026-12-10") },
    "expiring_soon",
  ],
  ["compromised, even with good dates", { state: "compromised" }, "compromised"],
  ["revoked", { state: "revoked", expiresOn: day("2026-01-01") }, "revoked"],
  ["retired", { state: "retired" }, "retired"],
];

describe("tokenStatus", () => {
  it.each(cases)("%s", (_label, overrides, expected) => {
    expect(tokenStatus({ ...base, ...overrides }, clock)).toBe(expected);
  });

  it("follows the schedule admins saved: with a 60-day first step, a critical token 45 days out is expiring soon", () => {
    const early = statusClock(day("2026-12-05"), {
      ...defaultReminderSchedule,
      daysBefore: [60, 14, 7, 3, 1, 0],
      criticalDaysBefore: [],
    });
    const in45Days = day("2027-01-19");
    expect(tokenStatus({ ...base, criticality: "critical", expiresOn: in45Days }, clock)).toBe("expiring_soon");
    expect(tokenStatus({ ...base, expiresOn: in45Days }, clock)).toBe("healthy");
    expect(tokenStatus({ ...base, expiresOn: in45Days }, early)).toBe("expiring_soon");
  });
});
