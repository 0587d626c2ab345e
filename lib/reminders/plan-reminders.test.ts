import { describe, expect, it } from "vitest";
import { reminderDateIn } from "@/lib/dates/zoned-day";
import { planReminders as planInZone, type PlannerToken } from "./plan-reminders";
import { defaultReminderSchedule, type ReminderSchedule } from "./reminder-schedule";
import { isoWeek } from "./reminder-steps";

/** Planned on UTC days, reminders from midnight. */
const planReminders = (tokens: PlannerToken[], schedule: ReminderSchedule, now: Date) =>
  planInZone(tokens, schedule, now, reminderDateIn(now, "UTC", 0));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T09:30:00Z`);
const token = (overrides: Partial<PlannerToken> = {}): PlannerToken => ({
  id: "t1",
  state: "active",
  criticality: "medium",
  expiresOn: day("2026-12-12"),
  rotationDueOn: null,
  backupId: "b1",
  expiryAcknowledged: false,
  firstExpiryReminderSentAt: at("2026-11-12"),
  ...overrides,
});
const stepsOn = (dates: string[], t = token()) =>
  dates.map(
    (date) =>
      planReminders([t], defaultReminderSchedule, at(date))
        .map((r) => `${r.kind}:${r.step}`)
        .join(" ") || "-",
  );

describe("planReminders", () => {
  it("finds the one window a token is in, day by day across its schedule", () => {
    expect(
      stepsOn([
        "2026-11-11",
        "2026-11-12",
        "2026-11-27",
        "2026-11-28",
        "2026-12-05",
        "2026-12-09",
        "2026-12-10",
        "2026-12-11",
        "2026-12-12",
        "2026-12-13",
        "2026-12-14",
        "2026-12-16",
        "2026-12-17",
      ]),
    ).toEqual([
      "-",
      "expiry:before-30",
      "expiry:before-30",
      "expiry:before-14",
      "expiry:before-7",
      "expiry:before-3 escalation:before-3",
      "expiry:before-3 escalation:before-3",
      "expiry:before-1 escalation:before-3",
      "expiry:before-0 escalation:before-0",
      "expiry:before-0 escalation:before-0",
      "expiry:after-2 escalation:before-0",
      "expiry:after-4 escalation:before-0",
      "expiry:after-4 escalation:before-0",
    ]);
  });

  it("gives a token that jumped several windows (worker down) only the current step", () => {
    expect(stepsOn(["2026-12-06"])).toEqual(["expiry:before-7"]);
  });

  it("starts earlier for critical tokens", () => {
    expect(stepsOn(["2026-10-12", "2026-10-13"], token({ criticality: "critical" }))).toEqual([
      "-",
      "expiry:before-60",
    ]);
  });

  it("does not escalate once someone is on it", () => {
    expect(stepsOn(["2026-12-10", "2026-12-12"], token({ expiryAcknowledged: true }))).toEqual([
      "expiry:before-3",
      "expiry:before-0",
    ]);
  });

  it("tells admins only once the holders had their first reminder and a day to answer it", () => {
    const firstReminder = new Date("2026-12-10T09:30:00Z");
    const steps = (now: Date, sentAt: Date | null) =>
      planReminders([token({ firstExpiryReminderSentAt: sentAt })], defaultReminderSchedule, now).map(
        (r) => `${r.kind}:${r.step}`,
      );
    expect(steps(firstReminder, null)).toEqual(["expiry:before-3"]);
    expect(steps(new Date("2026-12-11T09:29:00Z"), firstReminder)).toEqual(["expiry:before-1"]);
    expect(steps(new Date("2026-12-11T09:30:00Z"), firstReminder)).toEqual(["expiry:before-1", "escalation:before-3"]);
  });

  it("reminds nobody about retired, revoked or compromised tokens", () => {
    for (const state of ["retired", "revoked", "compromised"] as const)
      expect(stepsOn(["2026-12-10"], token({ state }))).toEqual(["-"]);
  });

  it("treats a rotation due date the same way, unless the token expires first", () => {
    expect(stepsOn(["2026-11-05"], token({ rotationDueOn: day("2026-11-12") }))).toEqual(["rotation:before-7"]);
    expect(stepsOn(["2026-12-05"], token({ rotationDueOn: day("2026-12-20") }))).toEqual(["expiry:before-7"]);
  });

  it("nudges a token without a backup once per ISO week", () => {
    const noBackup = token({ backupId: null, expiresOn: null });
    expect(planReminders([noBackup], defaultReminderSchedule, at("2026-12-09"))).toEqual([
      { tokenId: "t1", kind: "no_backup", dueOn: day("2026-12-07"), step: "2026-W50" },
    ]);
    expect(isoWeek(at("2027-01-01"))).toEqual({ step: "2026-W53", monday: day("2026-12-28") });
    expect(isoWeek(at("2027-01-04")).step).toBe("2027-W01");
  });

  it("follows a changed schedule", () => {
    const schedule = { daysBefore: [10, 0], criticalDaysBefore: [], overdueEveryDays: 7 };
    expect(planReminders([token()], schedule, at("2026-12-05")).map((r) => r.step)).toEqual(["before-10"]);
    expect(planReminders([token()], schedule, at("2026-12-18")).map((r) => r.step)).toEqual(["before-0", "before-0"]);
    expect(planReminders([token()], schedule, at("2026-12-19")).map((r) => r.step)).toEqual(["after-7", "before-0"]);
  });
});
