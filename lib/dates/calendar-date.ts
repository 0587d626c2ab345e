/**
 * The calendar dates Tokenbook accepts anywhere — forms, imports and addresses alike: years 1970–2199.
 * Outside this range a date is almost surely a typo (0001, 20266) and PostgreSQL or the UI would choke
 * on it — except a far-future expiry such as 9999-12-31, the "never ends" convention, read as "does not expire".
 */
export const earliestYear = 1970;
export const latestYear = 2199;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-31" for a day that exists, in 1970–2199. */
export function isCalendarDateInRange(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isYearInRange(year)) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isYearInRange = (year: number) => Number.isInteger(year) && year >= earliestYear && year <= latestYear;

export const dateRangeHint = `between ${earliestYear} and ${latestYear}`;

/** From this year on, an expiry date is the "never ends" convention (9999-12-31) rather than a real date. */
export const neverEndsFromYear = 9000;

/** The person is told this whenever a far-future expiry was read as "does not expire". */
export const neverEndsNote =
  "A far-future date like 9999-12-31 means the token never ends, so Tokenbook saves it as “Does not expire”.";

/** True for a "never ends" expiry such as 9999-12-31. */
export const isNeverEndsDate = (isoDate: string | undefined | null) => {
  const match = isoDate ? ISO_DATE.exec(isoDate) : null;
  return Boolean(match && Number(match[1]) >= neverEndsFromYear);
};
