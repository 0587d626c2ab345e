import type { Metadata } from "next";
import { SubscribeInCalendar } from "@/components/calendar-feeds/calendar-feeds-panel";
import Link from "next/link";
import { TimelineChart } from "@/components/timeline/timeline-chart";
import { TimelineControls } from "@/components/timeline/timeline-controls";
import { TimelineLegend } from "@/components/timeline/timeline-legend";
import { AccessRefused } from "@/components/layout/access-refused";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { formatDate } from "@/lib/dates/format-date";
import { listTimeline, type Timeline } from "@/lib/timeline/list-timeline";
import { parseTimelineQuery, timelineHref, type TimelineQuery } from "@/lib/timeline/timeline-query";
import { addDays, isoDay } from "@/lib/dates/calendar-day";

export const metadata: Metadata = { title: "Expiry timeline" };

type SearchParams = Record<string, string | string[] | undefined>;

/** "Owners 26–50 of 200" with the pages before and after, when the lanes do not fit on one page. */
function LanePages({ query, timeline }: { query: TimelineQuery; timeline: Timeline }) {
  if (timeline.pages === 1) return null;
  const what = query.group === "team" ? "Teams" : "Owners";
  const last = timeline.firstLane + timeline.lanes.length - 1;
  const link = "text-brand-700 underline underline-offset-2";
  return (
    <nav aria-label={`${what} on other pages`} className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <p className="text-slate-700">
        {what} {timeline.firstLane.toLocaleString("en-GB")}–{last.toLocaleString("en-GB")} of{" "}
        {timeline.laneCount.toLocaleString("en-GB")}
      </p>
      {timeline.page > 1 && (
        <Link href={timelineHref({ ...query, page: timeline.page - 1 })} className={link}>
          Previous {what.toLowerCase()}
        </Link>
      )}
      {timeline.page < timeline.pages && (
        <Link href={timelineHref({ ...query, page: timeline.page + 1 })} className={link}>
          Next {what.toLowerCase()}
        </Link>
      )}
    </nav>
  );
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseTimelineQuery(await searchParams);
  const now = new Date();
  const page = await loadForPage((actor) => listTimeline(actor, query, now), { key: ["timeline", query], now });
  if (page.refused)
    return <AccessRefused what="the timeline" who="You need to be signed in as an active Tokenbook user." />;
  const timeline = page.data;
  const { window } = timeline;
  const lastDay = addDays(window.end, -1);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Expiry timeline</h1>
        <p className="text-slate-700">
          Which tokens expire from {formatDate(window.start)} to {formatDate(lastDay)},{" "}
          {query.group === "team" ? "team by team" : "owner by owner"}.
        </p>
      </div>
      <SubscribeInCalendar />
      <TimelineControls query={query} />
      <p role="status" className="text-sm text-slate-700">
        {timeline.total === 1 ? "1 token expires" : `${timeline.total.toLocaleString("en-GB")} tokens expire`} in this
        time.
        {timeline.expiredEarlier > 0 && (
          <>
            {" "}
            <Link
              href={`/tokens?status=expired&expiresTo=${isoDay(addDays(window.start, -1))}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {timeline.expiredEarlier === 1 ? "1 token" : `${timeline.expiredEarlier.toLocaleString("en-GB")} tokens`}{" "}
              expired before this week
            </Link>
            .
          </>
        )}
      </p>
      <Card className="!px-3 sm:!px-6">
        {timeline.lanes.length === 0 ? (
          <p className="text-slate-700">Nothing expires in this time. Choose a longer range to look further ahead.</p>
        ) : (
          <TimelineChart timeline={timeline} groupWord={query.group} now={now} />
        )}
        <LanePages query={query} timeline={timeline} />
      </Card>
      <TimelineLegend unit={window.unit} />
    </div>
  );
}
