"use client";

import Link from "next/link";
import { calendarDayHref } from "@/lib/calendar/calendar-month";
import { formatLongDay } from "@/lib/dates/format-long-day";
import type { CalendarDay } from "@/lib/calendar/list-calendar-month";
import { CalendarListEvent } from "./calendar-event-link";

type Props = {
  days: [string, CalendarDay][];
  today: string;
  /** A busy day lists this many dates and links to the rest (the day on its own, in this month). */
  perDay?: { shown: number; monthKey: string };
};

export const nothingOnTheCalendar = "No token expires or is due for rotation in this time.";

/**
 * Days that have something on them, as headed lists: the list view and a day chosen on the calendar. A
 * client component only so that React's payload carries the dates, not the whole list a second time.
 */
export function CalendarDayList({ days, today, perDay }: Props) {
  if (days.length === 0) return <p className="text-slate-700">{nothingOnTheCalendar}</p>;
  return (
    <ol className="space-y-4 wrap-anywhere">
      {days.map(([key, { events, total }]) => (
        <li key={key} id={`day-${key}`}>
          <h2 className="font-semibold">
            {formatLongDay(new Date(`${key}T00:00:00Z`))}
            {key === today && <span className="ml-2 rounded bg-brand-700 px-1.5 text-sm text-white">Today</span>}
          </h2>
          <ul className="mt-1 space-y-1 text-sm">
            {events.slice(0, perDay?.shown).map((event) => (
              <li key={`${event.kind}-${event.token.id}`}>
                <CalendarListEvent event={event} />
              </li>
            ))}
            {perDay && total > perDay.shown && (
              <li>
                <Link
                  href={calendarDayHref(perDay.monthKey, key)}
                  className="font-medium text-slate-800 underline underline-offset-2"
                >
                  {`All ${total} on this day`}
                </Link>
              </li>
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}
