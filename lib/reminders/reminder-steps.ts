import { dayMs, dayNumber, fromDayNumber } from "@/lib/dates/calendar-day";

/** How many days before the due date people are told that it is due again, at the latest. */
export const escalationDaysBefore = 3;

/**
 * The one step whose window `daysLeft` is in: the smallest step not yet passed ("before-7" from 7
 * days until the next step), then "after-N" every `overdueEvery` days once overdue. A worker that
 * was down while several steps passed still finds a single step, so nobody gets a burst.
 */
export function currentStep(daysLeft: number, stepsLargestFirst: number[], overdueEvery: number): string | null {
  if (daysLeft < 0) {
    const overdue = Math.floor(-daysLeft / overdueEvery) * overdueEvery;
    if (overdue > 0) return `after-${overdue}`;
  }
  const reached = stepsLargestFirst.filter((step) => step >= daysLeft);
  return reached.length > 0 ? `before-${reached[reached.length - 1]}` : null;
}

/** How long holders have to answer their first reminder before admins hear that nobody is on it. */
export const timeToAnswerMs = dayMs;

/** Admins hear from 3 days before the date, and once more from the day itself. */
export function escalationStep(daysLeft: number): string | null {
  if (daysLeft <= 0) return "before-0";
  return daysLeft <= escalationDaysBefore ? `before-${escalationDaysBefore}` : null;
}

/** The ISO week `now` is in ("2026-W49") and its Monday: a weekly nudge is one step per week. */
export function isoWeek(now: Date): { step: string; monday: Date } {
  const today = dayNumber(now);
  const monday = today - ((now.getUTCDay() + 6) % 7);
  const year = fromDayNumber(monday + 3).getUTCFullYear();
  const januaryFourth = dayNumber(new Date(Date.UTC(year, 0, 4)));
  const firstMonday = januaryFourth - ((fromDayNumber(januaryFourth).getUTCDay() + 6) % 7);
  const week = 1 + (monday - firstMonday) / 7;
  return { step: `${year}-W${String(week).padStart(2, "0")}`, monday: fromDayNumber(monday) };
}
