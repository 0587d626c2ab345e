// Test dates relative to the test's own "now", so no test depends on today's calendar date.
import { addDays, isoDay, startOfUtcDay } from "@/lib/dates/calendar-day";

export { isoDay };

const shown = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Midnight UTC of the calendar day `days` from today (negative: in the past). */
export const daysFromNow = (days: number, now = new Date()) => addDays(startOfUtcDay(now), days);

/** "20 Dec 2026", as pages and emails show a date. */
export const shownDay = (date: Date) => shown.format(date);

/** "20/12/2026", as a day-first spreadsheet holds it. */
export const dayFirst = (date: Date) => isoDay(date).split("-").reverse().join("/");
