/**
 * The one rule for every date a person types or imports: a year from 1970 to 2199, or — for an
 * expiry — a far-future "never ends" date like 9999-12-31, which many systems write for a key that
 * does not expire, read as "does not expire". Shared by the token form, the server and the import.
 */
export const earliestYear = 1970;
export const latestYear = 2199;
/** From this year on, an expiry date is the "never ends" convention rather than a real date. */
export const neverEndsFromYear = 9000;

export const dateRangeWords = `between ${earliestYear} and ${latestYear}`;

/** The person is told this whenever a far-future expiry was read as "does not expire". */
export const neverEndsNote = "A far-future date like 9999-12-31 means the token never ends, so Tokenbook saves it as “Does not expire”.";

const yearOf = (isoDate: string) => Number(isoDate.slice(0, isoDate.indexOf("-", 1)));

/** True for a YYYY-MM-DD date in the accepted years. */
export const isDateInRange = (isoDate: string) => yearOf(isoDate) >= earliestYear && yearOf(isoDate) <= latestYear;

/** True for a "never ends" expiry such as 9999-12-31. */
export const isNeverEndsDate = (isoDate: string | undefined | null) => Boolean(isoDate && /^\d{4}-/.test(isoDate) && yearOf(isoDate) >= neverEndsFromYear);
