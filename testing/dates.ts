// Test dates relative to the test's own "now", so no test depends on today's calendar date.
const dayMs = 86_400_000;
const shown = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Midnight UTC of the calendar day `days` from today (negative: in the past). */
export const daysFromNow = (days: number, now = new Date()) => new Date(Math.floor(now.getTime() / dayMs) * dayMs + days * dayMs);

/** "2026-12-20", as a date field takes it. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "20 Dec 2026", as pages and emails show a date. */
export const shownDay = (date: Date) => shown.format(date);

/** "20/12/2026", as a day-first spreadsheet holds it. */
export const dayFirst = (date: Date) => isoDay(date).split("-").reverse().join("/");
