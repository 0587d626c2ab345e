import type { Metadata } from "next";
import { SubscribeInCalendar } from "@/components/calendar-feeds/calendar-feeds-panel";
import Link from "next/link";
import { TimelineChart } from "@/components/timeline/timeline-chart";
import { TimelineControls } from "@/components/timeline/timeline-controls";
import { TimelineLaneFinder } from "@/components/timeline/timeline-lane-finder";
import { TimelineLanePages } from "@/components/timeline/timeline-lane-pages";
import { TimelineLegend } from "@/components/timeline/timeline-legend";
import { AccessRefused } from "@/components/layout/access-refused";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { formatDate } from "@/lib/dates/format-date";
import { listTeams } from "@/lib/people/list-people";
import { readChosenPeople } from "@/lib/people/search-people";
import { packLane } from "@/lib/timeline/chart-lanes";
import { listTimeline } from "@/lib/timeline/list-timeline";
import { laneSought, parseTimelineQuery } from "@/lib/timeline/timeline-query";
import { addDays, isoDay } from "@/lib/dates/calendar-day";

export const metadata: Metadata = { title: "Expiry timeline" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseTimelineQuery(await searchParams);
  const now = new Date();
  const page = await loadForPage(
    async (actor) => {
      const [timeline, teams, people] = await Promise.all([
        listTimeline(actor, query, now),
        query.group === "team" ? listTeams(actor) : [],
        query.group === "owner" ? readChosenPeople(actor, [query.owner]) : [],
      ]);
      return { timeline, teams, people };
    },
    { key: ["timeline", query], now },
  );
  if (page.refused)
    return <AccessRefused what="the timeline" who="You need to be signed in as an active Tokenbook user." />;
  const { timeline, teams, people } = page.data;
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
      <TimelineLaneFinder query={query} teams={teams} owner={people[0]} />
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
          <p className="text-slate-700">
            {laneSought(query) ? "Nothing of theirs expires in this time." : "Nothing expires in this time."} Choose a
            longer range to look further ahead.
          </p>
        ) : (
          <TimelineChart window={window} lanes={timeline.lanes.map(packLane)} groupWord={query.group} now={now} />
        )}
        <TimelineLanePages
          query={query}
          page={timeline.page}
          pages={timeline.pages}
          firstLane={timeline.firstLane}
          shown={timeline.lanes.length}
          laneCount={timeline.laneCount}
        />
      </Card>
      <TimelineLegend unit={window.unit} />
    </div>
  );
}
