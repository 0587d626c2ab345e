import { TZDate } from "@date-fns/tz";
import { dayMs } from "@/lib/dates/calendar-day";

/** True for an IANA time zone name this server knows, such as "Europe/Berlin". */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name);
  } catch {
    return false;
  }
}

/** The calendar date it is in `timeZone` at `now`, as midnight UTC of that date (the way dates are stored). */
export function calendarDateIn(now: Date, timeZone: string): Date {
  const local = new TZDate(now.getTime(), timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/**
 * The day reminders are for at `now`: the local date once the local reminder hour has come, the day before until then.
 */
export function reminderDateIn(now: Date, timeZone: string, hour: number): Date {
  const local = new TZDate(now.getTime(), timeZone);
  const date = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
  return new Date(local.getHours() >= hour ? date : date - dayMs);
}

/** The latest moment at or before `now` when the clock in `timeZone` showed `hour`:00. */
export function latestLocalHour(now: Date, timeZone: string, hour: number): Date {
  const local = new TZDate(now.getTime(), timeZone);
  const at = (dayOffset: number) =>
    new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, hour, 0, 0, 0, timeZone).getTime();
  const today = at(0);
  return new Date(today <= now.getTime() ? today : at(-1));
}
