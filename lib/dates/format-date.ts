import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { dayNumber } from "./calendar-day";

// Date-only values (expiry, due dates) are calendar dates, stored as midnight UTC: shown in UTC, they stay the same day
// everywhere.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "12 Dec 2026" */
export const formatDate = (date: Date) => dateFormat.format(date);

/**
 * A moment, as the clock read in the organisation's time zone, with the zone's name:
 * "12 Dec 2026, 06:05 America/Los_Angeles", "12 Dec 2026, 14:05 UTC".
 */
export const formatDateTime = (date: Date, timeZone: string) =>
  `${format(date, "d MMM yyyy, HH:mm", { in: tz(timeZone) })} ${timeZone}`;

/** "in 7 days", "today", "tomorrow", "3 days ago", counted in calendar days. */
export function relativeDays(date: Date, now = new Date()) {
  const days = dayNumber(date) - dayNumber(now);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** "12 Dec 2026 (in 7 days)" */
export const formatDateWithDistance = (date: Date, now = new Date()) =>
  `${formatDate(date)} (${relativeDays(date, now)})`;
