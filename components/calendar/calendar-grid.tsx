"use client";

import Link from "next/link";
import {
  calendarDayHref,
  calendarWeeks,
  dayKey,
  shownPerDayInGrid,
  type CalendarMonth,
  type GridEvent,
} from "@/lib/calendar/calendar-month";
import { formatLongDay } from "@/lib/dates/format-long-day";
import { nothingOnTheCalendar } from "./calendar-day-list";
import { CalendarGridEvent } from "./calendar-event-link";

const weekdays = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
] as const;

/** `days` as `daysAsShownInGrid` gives them: a few dates a day, and the day's count. */
type Props = { month: CalendarMonth; days: Map<string, { events: GridEvent[]; total: number }>; today: string };

/**
 * The month as a table of weeks; a busy day shows its first few dates and links to the rest. On a phone
 * the same markup shows only the month's days that have dates, one under another. Its classes are written
 * once in `.calendar-grid` (app/globals.css): a month repeats them for every day and date. A client component only so that React's payload carries the days' dates, not the whole table a second time.
 */
export function CalendarGrid({ month, days, today }: Props) {
  const nothingThisMonth = ![...days].some(([key, day]) => key.startsWith(month.key) && day.events.length > 0);
  return (
    <>
      {nothingThisMonth && <p className="text-slate-700 md:hidden">{nothingOnTheCalendar}</p>}
      <table className="calendar-grid">
        <caption className="sr-only">Expiries and rotation due dates in {month.label}, a week per row</caption>
        <thead>
          <tr>
            {weekdays.map(([short, long]) => (
              <th key={short} scope="col" className="py-2 text-left font-medium text-slate-700">
                <abbr title={long} className="no-underline">
                  {short}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendarWeeks(month).map((week) => (
            <tr key={dayKey(week[0])}>
              {week.map((day) => {
                const key = dayKey(day);
                const { events, total } = days.get(key) ?? { events: [], total: 0 };
                const inMonth = day.getUTCMonth() === month.first.getUTCMonth();
                const isToday = key === today;
                const DayName = events.length > 0 ? "h2" : "p";
                return (
                  <td
                    key={key}
                    data-dates={inMonth && events.length > 0 ? "" : undefined}
                    className={
                      [inMonth ? "" : "outside", isToday ? "outline-2 -outline-offset-2 outline-brand-700" : ""]
                        .join(" ")
                        .trim() || undefined
                    }
                  >
                    <DayName>
                      <span>{formatLongDay(day)}</span>
                      <span aria-hidden="true">{day.getUTCDate()}</span>
                      {isToday && (
                        <span className="ml-1 rounded bg-brand-700 px-1 text-xs font-semibold text-white">Today</span>
                      )}
                    </DayName>
                    {events.length > 0 && (
                      <ul>
                        {events.map((event) => (
                          <li key={`${event.kind}-${event.token.id}`}>
                            <CalendarGridEvent event={event} />
                          </li>
                        ))}
                        {total > shownPerDayInGrid && (
                          <li>
                            <Link href={calendarDayHref(month.key, key)} className="more">
                              {`${total - shownPerDayInGrid} more`}
                              <span className="sr-only">{` on ${formatLongDay(day)}`}</span>
                            </Link>
                          </li>
                        )}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
