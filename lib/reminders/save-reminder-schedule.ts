import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { readReminderSchedule } from "./read-reminder-schedule";
import { reminderScheduleSchema, reminderScheduleSettingKey, type ReminderSchedule } from "./reminder-schedule";
import { reminderScheduleInputSchema, type ReminderScheduleInput } from "./schema";

/** The schedule for the Settings page; admins only. */
export async function getReminderSchedule(actor: Actor | null): Promise<ReminderSchedule> {
  await authorize(actor, "settings.view", isAdmin);
  return readReminderSchedule();
}

/** Admins change when reminders go out; the change and its audit row commit together. */
export async function saveReminderSchedule(actor: Actor | null, input: ReminderScheduleInput): Promise<ReminderSchedule> {
  const admin = await authorize(actor, "settings.reminder_schedule", isAdmin);
  const schedule = reminderScheduleSchema.parse(parseInput(reminderScheduleInputSchema, input));
  return db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: reminderScheduleSettingKey } });
    await tx.setting.upsert({
      where: { key: reminderScheduleSettingKey },
      create: { key: reminderScheduleSettingKey, value: schedule, updatedById: admin.id },
      update: { value: schedule, updatedById: admin.id },
    });
    await recordAudit(tx, { actor: admin, action: "settings.reminder_schedule_changed", recordType: "setting", recordId: reminderScheduleSettingKey, before: before?.value ?? null, after: schedule });
    return schedule;
  });
}
