import { z } from "zod";

/**
 * When reminders go out: days before a due date (0 = on the day), extra early steps for critical tokens, and the pace
 * once overdue.
 */
export type ReminderSchedule = { daysBefore: number[]; criticalDaysBefore: number[]; overdueEveryDays: number };

export const defaultReminderSchedule: ReminderSchedule = {
  daysBefore: [30, 14, 7, 3, 1, 0],
  criticalDaysBefore: [60],
  overdueEveryDays: 2,
};

export const reminderScheduleSettingKey = "reminders.schedule";

const distinctDays = (max: number) =>
  z
    .array(z.number().int().min(0).max(365))
    .max(max)
    .refine((days) => new Set(days).size === days.length, "Each number of days may appear only once.")
    .transform((days) => [...days].sort((a, b) => b - a));

export const reminderScheduleSchema = z.object({
  daysBefore: distinctDays(12).refine((days) => days.length > 0, "Keep at least one reminder before the due date."),
  criticalDaysBefore: distinctDays(6),
  overdueEveryDays: z.number().int().min(1).max(30),
});

/** Every step a token gets, largest first: critical tokens add their early steps to the usual ones. */
export function stepsFor(schedule: ReminderSchedule, critical: boolean): number[] {
  const days = critical ? [...schedule.daysBefore, ...schedule.criticalDaysBefore] : schedule.daysBefore;
  return [...new Set(days)].sort((a, b) => b - a);
}
