"use client";

import Link from "next/link";
import {
  calendarDayHref,
  calendarWeeks,
  dayKey,
  shownPerDayInGrid,
  type CalendarMonth,
} from "@/lib/calendar/calendar-month";
import type { CalendarDay } from "@/lib/calendar/list-calendar-month";
import { CalendarEventLink } from "./calendar-event-link";

const weekdays = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
] as const;
const dayName = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/** `days` as `daysAsShownInGrid` gives them: a few dates a day, and the day's count. */
type Props = { month: CalendarMonth; days: Map<string, CalendarDay>; today: string };

/**
 * The month as a table of weeks; a busy day shows its first few dates and links to the rest. A client
 * component only so that React's payload carries the days' dates, not the whole table a second time.
 */
export function CalendarGrid({ month, days, today }: Props) {
  return (
    <table className="w-full table-fixed border-collapse bg-white text-sm [&_td]:h-32 [&_td]:border [&_td]:border-slate-200 [&_td]:p-1.5 [&_td]:align-top">
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
              return (
                <td
                  key={key}
                  className={
                    [inMonth ? "" : "bg-slate-100", isToday ? "outline-2 -outline-offset-2 outline-brand-700" : ""]
                      .join(" ")
                      .trim() || undefined
                  }
                >
                  <p className={`mb-1 ${inMonth ? "text-slate-900" : "text-slate-600"}`}>
                    <span className="sr-only">{dayName.format(day)}</span>
                    <span aria-hidden="true" className="font-semibold">
                      {day.getUTCDate()}
                    </span>
                    {isToday && (
                      <span className="ml-1 rounded bg-brand-700 px-1 text-xs font-semibold text-white">Today</span>
                    )}
                  </p>
                  {events.length > 0 && (
                    <ul className="space-y-0.5">
                      {events.map((event) => (
                        <li key={`${event.kind}-${event.token.id}`}>
                          <CalendarEventLink event={event} compact />
                        </li>
                      ))}
                      {total > shownPerDayInGrid && (
                        <li>
                          <Link
                            href={calendarDayHref(month.key, key)}
                            className="font-medium text-slate-800 underline underline-offset-2"
                          >
                            {`${total - shownPerDayInGrid} more`}
                            <span className="sr-only">{` on ${dayName.format(day)}`}</span>
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
  );
}
