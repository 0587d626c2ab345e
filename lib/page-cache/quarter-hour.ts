/**
 * Every time zone's offset is a whole number of quarter hours, so a day, and an hour such as the
 * reminder hour, starts on a quarter-hour boundary everywhere: pages rendered within one quarter hour
 * show the same statuses and the same "in N days".
 */
const quarterHourMs = 15 * 60_000;

/** The number of the quarter hour `now` falls in, counted from 1970. */
export const quarterHour = (now: Date | number) => Math.floor(new Date(now).getTime() / quarterHourMs);
