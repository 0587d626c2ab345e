import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { readSettingVersion, refuseOutOfDateSetting } from "@/lib/settings/setting-version";
import { parseInput } from "@/lib/validation/parse-input";
import { readReminderSchedule } from "./read-reminder-schedule";
import { reminderScheduleSchema, reminderScheduleSettingKey, type ReminderSchedule } from "./reminder-schedule";
import { reminderScheduleInputSchema, type ReminderScheduleInput } from "./schema";

/** The schedule for the Settings page, with the version its form is opened at; admins only. */
export async function getReminderSchedule(actor: Actor | null): Promise<ReminderSchedule & { version: string }> {
  await authorize(actor, "settings.view", isAdmin);
  const [schedule, version] = await Promise.all([readReminderSchedule(), readSettingVersion(reminderScheduleSettingKey)]);
  return { ...schedule, version };
}

/** Admins change when reminders go out; the change and its audit row commit together. `version`: see getReminderSchedule. */
export async function saveReminderSchedule(actor: Actor | null, input: ReminderScheduleInput, version: string): Promise<ReminderSchedule> {
  const admin = await authorize(actor, "settings.reminder_schedule", isAdmin);
  const schedule = reminderScheduleSchema.parse(parseInput(reminderScheduleInputSchema, input));
  return db.$transaction(async (tx) => {
    const before = await refuseOutOfDateSetting(tx, reminderScheduleSettingKey, "the reminder schedule", version);
    await tx.setting.upsert({
      where: { key: reminderScheduleSettingKey },
      create: { key: reminderScheduleSettingKey, value: schedule, updatedById: admin.id },
      update: { value: schedule, updatedById: admin.id },
    });
    await recordAudit(tx, { actor: admin, action: "settings.reminder_schedule_changed", recordType: "setting", recordId: reminderScheduleSettingKey, before: before?.value ?? null, after: schedule });
    return schedule;
  });
}
