import { isCalendarDateInRange, isYearInRange } from "@/lib/dates/calendar-date";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { mondayOf } from "@/lib/timeline/timeline-window";
import type { CalendarDay, CalendarEvent } from "./list-calendar-month";

export type CalendarMonth = {
  /** "2026-12" */
  key: string;
  first: Date;
  /** Monday on or before the 1st, and the Monday after the last week: the grid shows whole weeks. */
  gridStart: Date;
  gridEnd: Date;
  previous: string;
  next: string;
  label: string;
};

const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const keyOf = (date: Date) => date.toISOString().slice(0, 7);
const monthStart = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex, 1));

/** "2026-12" (or anything else: this month) → the month and the whole weeks around it. */
export function calendarMonth(param: string | undefined, now: Date): CalendarMonth {
  const found = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(typeof param === "string" ? param : "");
  const match = found && isYearInRange(Number(found[1])) ? found : null;
  const today = startOfUtcDay(now);
  const first = match
    ? monthStart(Number(match[1]), Number(match[2]) - 1)
    : monthStart(today.getUTCFullYear(), today.getUTCMonth());
  const nextFirst = monthStart(first.getUTCFullYear(), first.getUTCMonth() + 1);
  const gridStart = mondayOf(first);
  const gridEnd = addDays(mondayOf(addDays(nextFirst, -1)), 7);
  return {
    key: keyOf(first),
    first,
    gridStart,
    gridEnd,
    previous: keyOf(monthStart(first.getUTCFullYear(), first.getUTCMonth() - 1)),
    next: keyOf(nextFirst),
    label: monthLabel.format(first),
  };
}

/** "2026-12-07": how a day is named in addresses and in the calendar's data. */
export const dayKey = (date: Date) => date.toISOString().slice(0, 10);

/** A day of the month on its own, below the navigation. */
export const calendarDayHref = (monthKey: string, day: string) =>
  `/calendar?${new URLSearchParams({ month: monthKey, day })}#chosen-day`;

/** Every day of the grid, a week per row. */
export function calendarWeeks(month: CalendarMonth): Date[][] {
  const weeks: Date[][] = [];
  for (let day = month.gridStart; day < month.gridEnd; day = addDays(day, 7))
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(day, index)));
  return weeks;
}

/** A day given in the address, if it lies on this month's grid. */
export function chosenDay(param: string | undefined, month: CalendarMonth): Date | null {
  if (typeof param !== "string" || !isCalendarDateInRange(param)) return null;
  const day = new Date(`${param}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day < month.gridStart || day >= month.gridEnd ? null : day;
}

/** In the month's grid a day shows this many. */
export const shownPerDayInGrid = 3;

/** A date as the grid draws it: its kind, and the token's id, name and status. */
export type GridEvent = { kind: CalendarEvent["kind"]; token: Pick<CalendarEvent["token"], "id" | "name" | "status"> };

/**
 * The days as the grid draws them: each day's first `shownPerDayInGrid` dates, with only what the grid
 * shows of each, and the day's count. The grid is a client component, so whatever it is handed also
 * travels in React's payload.
 */
export function daysAsShownInGrid(days: Map<string, CalendarDay>): Map<string, { events: GridEvent[]; total: number }> {
  return new Map(
    [...days].map(([key, { events, total }]) => [
      key,
      {
        events: events
          .slice(0, shownPerDayInGrid)
          .map(({ kind, token: { id, name, status } }) => ({ kind, token: { id, name, status } })),
        total,
      },
    ]),
  );
}
