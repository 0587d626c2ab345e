// Calendar-day arithmetic on UTC midnights (expiry dates are calendar dates): the one place that
// knows a day is 86 400 000 ms. No imports, so client components can use it without pulling
// anything else into the page.
export const dayMs = 86_400_000;

/** Whole calendar days since 1970-01-01 (UTC). */
export const dayNumber = (date: Date) => Math.floor(date.getTime() / dayMs);

/** Midnight UTC of calendar day number `day`. */
export const fromDayNumber = (day: number) => new Date(day * dayMs);

/** Midnight UTC of the calendar day `now` falls on. */
export const startOfUtcDay = (now: Date) => fromDayNumber(dayNumber(now));

/** `date` moved by whole days (negative: back). */
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);

/** "2026-12-20", the calendar date of a UTC midnight, as date fields and addresses take it. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
