import { latestLocalHour } from "@/lib/dates/zoned-day";
import type { OrganisationTime } from "@/lib/settings/organisation-time";

/**
 * The latest digest time at or before `now`: the organisation's reminder hour, in its time zone. A
 * daily email holds the reminders claimed before it; running the job at any later moment of the day
 * sends the same email once, so a missed hour is caught up by the next run instead of being skipped.
 */
export function latestDigestTime(now: Date, time: OrganisationTime): Date {
  return latestLocalHour(now, time.timeZone, time.reminderHour);
}
