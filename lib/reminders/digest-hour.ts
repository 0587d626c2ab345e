/** The hour (UTC) the daily reminder email goes out. */
export const digestHourUtc = 7;

/**
 * The latest digest time at or before `now`. A daily email holds the reminders claimed before it;
 * running the job at any later moment of the day sends the same email once, so a missed hour is
 * caught up by the next run instead of being skipped.
 */
export function latestDigestTime(now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestHourUtc);
  return new Date(today <= now.getTime() ? today : today - 86_400_000);
}
