import { db } from "@/lib/db";
import { defaultReminderSchedule, reminderScheduleSchema, reminderScheduleSettingKey, type ReminderSchedule } from "./reminder-schedule";

/** The schedule admins saved, or the default until they change it. */
export async function readReminderSchedule(): Promise<ReminderSchedule> {
  const row = await db.setting.findUnique({ where: { key: reminderScheduleSettingKey } });
  const parsed = reminderScheduleSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultReminderSchedule;
}
