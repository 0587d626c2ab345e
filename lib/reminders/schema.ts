import { z } from "zod";

const dayList = (label: string) =>
  z
    .string({ message: `${label}: write whole numbers of days separated by commas, such as 30, 14, 7.` })
    .trim()
    .refine(
      (text) => /^(\d{1,3}\s*(,\s*|$))*$/.test(text),
      `${label}: write whole numbers of days separated by commas, such as 30, 14, 7.`,
    )
    .transform((text) => (text ? text.split(",").map((part) => Number(part.trim())) : []))
    .refine((days) => days.every((count) => count <= 365), `${label}: use at most 365 days.`)
    .refine((days) => new Set(days).size === days.length, `${label}: each number may appear only once.`);

/** The Settings form: what admins type, checked the same way on both sides. */
export const reminderScheduleInputSchema = z.object({
  daysBefore: dayList("Days before the due date")
    .refine((days) => days.length > 0, "Days before the due date: keep at least one reminder.")
    .refine((days) => days.length <= 12, "Days before the due date: at most 12 reminders."),
  criticalDaysBefore: dayList("Extra days for critical tokens").refine(
    (days) => days.length <= 6,
    "Extra days for critical tokens: at most 6.",
  ),
  overdueEveryDays: z.coerce
    .number({ message: "While overdue: enter a number of days." })
    .int("While overdue: enter a whole number of days.")
    .min(1, "While overdue: enter a number of days from 1 to 30.")
    .max(30, "While overdue: enter a number of days from 1 to 30."),
});

export type ReminderScheduleInput = z.input<typeof reminderScheduleInputSchema>;
