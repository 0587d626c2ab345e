import type { Criticality, ReminderKind, TokenState } from "@/lib/generated/prisma/enums";
import { stepsFor, type ReminderSchedule } from "./reminder-schedule";
import { dayNumber } from "@/lib/dates/calendar-day";
import { currentStep, escalationStep, isoWeek, timeToAnswerMs } from "./reminder-steps";

export type PlannerToken = {
  id: string;
  state: TokenState;
  criticality: Criticality;
  expiresOn: Date | null;
  rotationDueOn: Date | null;
  backupId: string | null;
  /** Someone pressed "I'm on it" for the current expiry date. */
  expiryAcknowledged: boolean;
  /** When the first reminder about the current expiry date reached someone, if one has. */
  firstExpiryReminderSentAt: Date | null;
};

export type PlannedReminder = { tokenId: string; kind: ReminderKind; dueOn: Date; step: string };

/** Admins are told only once the holders had their first reminder and a day to answer it. */
const hadTimeToAnswer = (token: PlannerToken, now: Date) =>
  token.firstExpiryReminderSentAt !== null &&
  now.getTime() - token.firstExpiryReminderSentAt.getTime() >= timeToAnswerMs;

/**
 * For each token, the reminders whose window it is in on `reminderDay` (the organisation's local date,
 * from its reminder hour on), at `now`. Pure: the same tokens, schedule and
 * time always give the same plan, and sending it twice is harmless because deliveries are unique.
 * Only active tokens are reminded: retired and revoked ones need nothing, and a compromised one is
 * on the emergency path (revoke, then replace), where "expires in 7 days" would mislead.
 */
export function planReminders(
  tokens: PlannerToken[],
  schedule: ReminderSchedule,
  now: Date,
  reminderDay: Date,
): PlannedReminder[] {
  const today = dayNumber(reminderDay);
  const week = isoWeek(reminderDay);
  const usual = stepsFor(schedule, false);
  const critical = stepsFor(schedule, true);
  const plan: PlannedReminder[] = [];
  for (const token of tokens) {
    if (token.state !== "active") continue;
    const steps = token.criticality === "critical" ? critical : usual;
    if (token.expiresOn) {
      const daysLeft = dayNumber(token.expiresOn) - today;
      const step = currentStep(daysLeft, steps, schedule.overdueEveryDays);
      if (step) plan.push({ tokenId: token.id, kind: "expiry", dueOn: token.expiresOn, step });
      const escalation = token.expiryAcknowledged || !hadTimeToAnswer(token, now) ? null : escalationStep(daysLeft);
      if (escalation) plan.push({ tokenId: token.id, kind: "escalation", dueOn: token.expiresOn, step: escalation });
    }
    // A rotation due on or after the expiry date is covered by the expiry reminders.
    if (token.rotationDueOn && (!token.expiresOn || token.rotationDueOn < token.expiresOn)) {
      const step = currentStep(dayNumber(token.rotationDueOn) - today, steps, schedule.overdueEveryDays);
      if (step) plan.push({ tokenId: token.id, kind: "rotation", dueOn: token.rotationDueOn, step });
    }
    if (!token.backupId) plan.push({ tokenId: token.id, kind: "no_backup", dueOn: week.monday, step: week.step });
  }
  return plan;
}
