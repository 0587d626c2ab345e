import { InlineIcon } from "@/components/ui/inline-icon";
import type { Metadata } from "next";
import { SubscribeInCalendar } from "@/components/calendar-feeds/calendar-feeds-panel";
import { CalendarDayList } from "@/components/calendar/calendar-day-list";
import { eventWords } from "@/components/calendar/event-signs";
import { CalendarGrid } from "@/components/calendar/calendar-grid";
import { CalendarNav } from "@/components/calendar/calendar-nav";
import { AccessRefused } from "@/components/layout/access-refused";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { calendarMonth, chosenDay, dayKey, daysAsShownInGrid } from "@/lib/calendar/calendar-month";
import { listCalendarDay, listCalendarMonth, shownPerDayAtMost } from "@/lib/calendar/list-calendar-month";

export const metadata: Metadata = { title: "Calendar" };

type SearchParams = { month?: string; view?: string; day?: string };

export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const now = new Date();
  const month = calendarMonth(search.month, now);
  const view = search.view === "list" ? "list" : "grid";
  const day = chosenDay(search.day, month);
  const page = await loadForPage(
    async (actor) => {
      const [days, chosen] = await Promise.all([
        listCalendarMonth(actor, month, now),
        day ? listCalendarDay(actor, day, now) : null,
      ]);
      return { days, chosen };
    },
    { key: ["calendar", month, day], now },
  );
  if (page.refused)
    return <AccessRefused what="the calendar" who="You need to be signed in as an active Tokenbook user." />;
  const { days, chosen } = page.data;
  const today = dayKey(now);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Calendar: {month.label}</h1>
        <p className="text-slate-700">
          When tokens expire, and when the company&apos;s policy says to replace them.{" "}
          <InlineIcon icon={eventWords.expiry.icon} />
          {eventWords.expiry.label} · <InlineIcon icon={eventWords.rotation.icon} />
          {eventWords.rotation.label}
        </p>
      </div>
      <SubscribeInCalendar />
      <CalendarNav month={month} thisMonth={dayKey(now).slice(0, 7)} view={view} />
      {day && chosen && (
        <Card>
          <div id="chosen-day">
            <CalendarDayList days={[[dayKey(day), chosen]]} today={today} />
          </div>
        </Card>
      )}
      {view === "grid" ? (
        <Card className="!p-3">
          <CalendarGrid month={month} days={daysAsShownInGrid(days)} today={today} />
        </Card>
      ) : (
        <section aria-label={`${month.label} as a list`}>
          <CalendarDayList
            days={[...days].filter(([key]) => key.startsWith(month.key)).sort(([a], [b]) => a.localeCompare(b))}
            today={today}
            perDay={{ shown: shownPerDayAtMost, monthKey: month.key }}
          />
        </section>
      )}
    </div>
  );
}
