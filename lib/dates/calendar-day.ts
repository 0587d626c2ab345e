// Calendar-day arithmetic on UTC midnights (expiry dates are calendar dates). No imports, so client
// components can use it without pulling anything else into the page.
const dayMs = 86_400_000;

/** Midnight UTC of the calendar day `now` falls on. */
export function startOfUtcDay(now: Date) {
  return new Date(Math.floor(now.getTime() / dayMs) * dayMs);
}

/** `date` moved by whole days (negative: back). */
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);
