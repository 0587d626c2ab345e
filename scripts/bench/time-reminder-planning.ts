import { planReminders, type PlannerToken } from "@/lib/reminders/plan-reminders";
import { reminderDateIn } from "@/lib/dates/zoned-day";
import { defaultReminderSchedule } from "@/lib/reminders/reminder-schedule";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";

export type PlanningTime = { tokens: number; ms: number; reminders: number };

const dayOffset = (now: Date, days: number) => addDays(startOfUtcDay(now), days);

/** Tokens in every situation the planner meets: expiries spread over two years around `now`, some without. */
function syntheticTokens(count: number, now: Date): PlannerToken[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    state: i % 50 === 0 ? "revoked" : "active",
    criticality: (["low", "medium", "high", "critical"] as const)[i % 4],
    expiresOn: i % 20 === 0 ? null : dayOffset(now, (i % 730) - 365),
    rotationDueOn: i % 3 === 0 ? dayOffset(now, (i % 400) - 200) : null,
    backupId: i % 7 === 0 ? null : `backup-${i % 250}`,
    expiryAcknowledged: i % 5 === 0,
    firstExpiryReminderSentAt: i % 2 === 0 ? dayOffset(now, -2) : null,
  }));
}

/** The pure planning step of the reminder sweep (no database), with the default schedule. */
export function timeReminderPlanning(now: Date, count = 100_000): PlanningTime {
  const tokens = syntheticTokens(count, now);
  const started = performance.now();
  // An organisation far from UTC: its reminder day is worked out once per sweep, as the sweep does.
  const reminderDay = reminderDateIn(now, "America/Los_Angeles", 9);
  const planned = planReminders(tokens, defaultReminderSchedule, now, reminderDay);
  return { tokens: count, ms: performance.now() - started, reminders: planned.length };
}
