import { calendarDateIn } from "@/lib/dates/zoned-day";
import { readReminderSchedule } from "@/lib/reminders/read-reminder-schedule";
import { readOrganisationTime } from "@/lib/settings/read-organisation-time";
import { statusClock, type StatusClock } from "./token-status";

/**
 * The clock statuses are measured against at `now`: today in the organisation's time zone, and the reminder schedule
 * admins saved.
 */
export async function readStatusClock(now: Date): Promise<StatusClock> {
  const [schedule, { timeZone }] = await Promise.all([readReminderSchedule(), readOrganisationTime()]);
  return statusClock(calendarDateIn(now, timeZone), schedule);
}
