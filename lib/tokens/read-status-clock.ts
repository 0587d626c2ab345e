import { readReminderSchedule } from "@/lib/reminders/read-reminder-schedule";
import { startOfUtcDay, statusClock, type StatusClock } from "./token-status";

/** The clock statuses are measured against at `now`, from the reminder schedule admins saved. */
export async function readStatusClock(now: Date): Promise<StatusClock> {
  return statusClock(startOfUtcDay(now), await readReminderSchedule());
}
