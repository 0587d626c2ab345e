// Dates are shown in UTC, the zone they are stored in, so everyone sees the same calendar day.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
const dayNumber = (date: Date) => Math.floor(date.getTime() / 86_400_000);

/** "12 Dec 2026" */
export const formatDate = (date: Date) => dateFormat.format(date);

/** "12 Dec 2026, 14:05 UTC" */
export const formatDateTime = (date: Date) => `${dateTimeFormat.format(date)} UTC`;

/** "in 7 days", "today", "tomorrow", "3 days ago", counted in calendar days. */
export function relativeDays(date: Date, now = new Date()) {
  const days = dayNumber(date) - dayNumber(now);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** "12 Dec 2026 (in 7 days)" */
export const formatDateWithDistance = (date: Date, now = new Date()) => `${formatDate(date)} (${relativeDays(date, now)})`;
