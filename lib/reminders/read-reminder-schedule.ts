import { cache } from "react";
import { db } from "@/lib/db";
import {
  defaultReminderSchedule,
  reminderScheduleSchema,
  reminderScheduleSettingKey,
  type ReminderSchedule,
} from "./reminder-schedule";

/**
 * The schedule admins saved, or the default until they change it; read once per server render (React's `cache`, one
 * request only).
 */
export const readReminderSchedule = cache(async (): Promise<ReminderSchedule> => {
  const row = await db.setting.findUnique({ where: { key: reminderScheduleSettingKey } });
  const parsed = reminderScheduleSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultReminderSchedule;
});
