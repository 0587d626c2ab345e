import { dateRangeHint, isCalendarDateInRange, isNeverEndsDate } from "@/lib/dates/calendar-date";
import { addDays, isoDay } from "@/lib/dates/calendar-day";
import type { DateOrder } from "./schema";

export type DateReading = { date: string } | { problem: string } | { neverEnds: true };

const isoLike = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const orderDependent = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const dayMonthName = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/i;
const monthNameDay = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

// A time after the date (“12/31/2026 0:00”, “2026-12-31T09:30:00Z”) as Excel and exports write it; the day is what
// counts.
const timeOfDay = /(?:[ T]|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*Z?$/i;
const withoutTime = (cell: string) => cell.trim().replace(timeOfDay, "").trim();
// Excel keeps dates as days since 30 Dec 1899; a date cell saved as a plain number arrives like 46387.
const excelSerial = /^(\d{5})(?:\.\d+)?$/;
const excelDayZero = Date.UTC(1899, 11, 30);

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** "Dec", "December", "Sept" → 12, 12, 9; anything else → null. */
const monthNumber = (word: string) => {
  const lower = word.toLowerCase();
  const index = monthNames.findIndex(
    (name) => name === lower || name.slice(0, 3) === lower || (lower === "sept" && name === "september"),
  );
  return index === -1 ? null : index + 1;
};

const unreadable = "isn't a date Tokenbook can read. Write it like 2026-12-31 or 31/12/2026.";

/** "2026-12-31", or null when the day does not exist (31 February). */
function calendarDay(year: number, month: number, day: number) {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * True for dates like 03/04/2026 whose meaning depends on the order the file uses (31.12.9999 "never ends" does not).
 */
export const isOrderDependentDate = (cell: string) =>
  orderDependent.test(withoutTime(cell)) && !/[/.-]9\d{3}$/.test(withoutTime(cell));

/**
 * The one date rule on top of reading: a far-future year is the "never ends" convention
 * (9999-12-31, 31.12.9999), any other year outside 1970–2199 is a problem.
 */
export function readDate(cell: string, order: DateOrder | ""): DateReading {
  const day = withoutTime(cell);
  const neverEnds = /^9\d{3}[-/.]|[-/.\s]9\d{3}$/.test(day);
  if (neverEnds) return { neverEnds: true };
  const reading = readCalendarDate(day, order);
  if ("date" in reading && !isCalendarDateInRange(reading.date)) {
    return isNeverEndsDate(reading.date)
      ? { neverEnds: true }
      : { problem: `is outside the years Tokenbook accepts (${dateRangeHint}).` };
  }
  return reading;
}

/**
 * A spreadsheet date as YYYY-MM-DD. Year-first and month-name dates are read as they are; dates like
 * 03/04/2026 only in the order the person chose, never guessed. Messages never repeat the value.
 */
function readCalendarDate(cell: string, order: DateOrder | ""): DateReading {
  const text = cell.trim();
  let match = excelSerial.exec(text);
  if (match) return { date: isoDay(addDays(new Date(excelDayZero), Number(match[1]))) };
  match = isoLike.exec(text);
  if (match) {
    const date = calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { date } : { problem: "isn't a real date (that day doesn't exist)." };
  }
  match = orderDependent.exec(text);
  if (match) {
    if (match[3].length === 2) return { problem: "has a two-digit year. Write the year in full, like 31/12/2026." };
    if (!order) return { problem: "needs the date order: choose how dates are written in step 2." };
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = order === "dmy" ? calendarDay(year, second, first) : calendarDay(year, first, second);
    const orderWords = order === "dmy" ? "day first (day/month/year)" : "month first (month/day/year)";
    return date
      ? { date }
      : { problem: `isn't a real date when read ${orderWords}. Check the date or the date order chosen in step 2.` };
  }
  match = dayMonthName.exec(text);
  const named = match ? { day: match[1], month: match[2], year: match[3] } : null;
  match = named ? null : monthNameDay.exec(text);
  const parts = named ?? (match ? { day: match[2], month: match[1], year: match[3] } : null);
  if (parts) {
    const month = monthNumber(parts.month);
    const date = month ? calendarDay(Number(parts.year), month, Number(parts.day)) : null;
    return date ? { date } : { problem: unreadable };
  }
  return { problem: unreadable };
}
