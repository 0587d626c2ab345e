import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { saveSetting } from "@/lib/settings/save-setting";
import { readSettingVersion } from "@/lib/settings/setting-version";
import { parseInput } from "@/lib/validation/parse-input";
import { readReminderSchedule } from "./read-reminder-schedule";
import { reminderScheduleSchema, reminderScheduleSettingKey, type ReminderSchedule } from "./reminder-schedule";
import { reminderScheduleInputSchema, type ReminderScheduleInput } from "./schema";

/** The schedule for the Settings page, with the version its form is opened at; admins only. */
export async function getReminderSchedule(actor: Actor | null): Promise<ReminderSchedule & { version: string }> {
  await authorize(actor, "settings.view", isAdmin);
  const [schedule, version] = await Promise.all([
    readReminderSchedule(),
    readSettingVersion(reminderScheduleSettingKey),
  ]);
  return { ...schedule, version };
}

/**
 * Admins change when reminders go out; the change and its audit row commit together. `version`: see
 * getReminderSchedule.
 */
export function saveReminderSchedule(
  actor: Actor | null,
  input: ReminderScheduleInput,
  version: string | undefined,
): Promise<ReminderSchedule> {
  return saveSetting(
    actor,
    { key: reminderScheduleSettingKey, permission: "settings.reminder_schedule", what: "the reminder schedule" },
    () => reminderScheduleSchema.parse(parseInput(reminderScheduleInputSchema, input)),
    version,
  );
}
