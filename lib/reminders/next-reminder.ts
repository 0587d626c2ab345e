import type { PlannedReminder, PlannerToken } from "./plan-reminders";
import { planReminders } from "./plan-reminders";
import type { ReminderSchedule } from "./reminder-schedule";
import { addDays } from "@/lib/dates/calendar-day";

const lookAheadDays = 400;
const keyOf = (reminder: Pick<PlannedReminder, "kind" | "dueOn" | "step">) =>
  `${reminder.kind}|${reminder.dueOn.getTime()}|${reminder.step}`;

/**
 * The next reminder owner and backup will get: one due now that was not claimed yet (the next sweep
 * sends it), else the first day a new step begins. Escalations and weekly nudges are left out.
 */
export function nextReminder(
  token: PlannerToken,
  schedule: ReminderSchedule,
  now: Date,
  reminderDay: Date,
  claimed: Set<string>,
): { on: Date; reminder: PlannedReminder } | null {
  const plan = (at: Date) =>
    planReminders([token], schedule, at, new Date(reminderDay.getTime() + (at.getTime() - now.getTime()))).filter(
      (reminder) => reminder.kind === "expiry" || reminder.kind === "rotation",
    );
  const today = plan(now);
  const waiting = today.find((reminder) => !claimed.has(keyOf(reminder)));
  if (waiting) return { on: now, reminder: waiting };
  const current = new Set(today.map(keyOf));
  for (let days = 1; days <= lookAheadDays; days++) {
    const on = addDays(now, days);
    const upcoming = plan(on).find((reminder) => !current.has(keyOf(reminder)));
    if (upcoming) return { on, reminder: upcoming };
  }
  return null;
}

export const reminderKey = keyOf;
