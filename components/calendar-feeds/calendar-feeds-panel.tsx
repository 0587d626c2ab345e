import { Card } from "@/components/ui/card";
import { resetPersonCalendarAction, resetTeamCalendarAction } from "@/lib/calendar/actions";
import { getCalendarFeeds } from "@/lib/calendar/get-calendar-feeds";
import { loadForPage } from "@/lib/auth/load-for-page";
import { CalendarFeedAddress } from "./calendar-feed-address";

/**
 * What the feeds are, the person's own feed and their team's: the same on Profile, Calendar and Timeline.
 * Kept for this person until the data changes, as the page it sits on is.
 */
async function CalendarFeeds() {
  const page = await loadForPage(getCalendarFeeds, { key: ["calendar-feeds"], now: new Date() });
  if (page.refused) return null;
  const feeds = page.data;
  return (
    <>
      <p className="text-sm text-slate-700">
        See expiry dates, and the dates the company&apos;s policy says to replace tokens, in your own calendar (Outlook,
        Google Calendar, Apple Calendar). Your calendar app checks the address now and then, so changed dates follow by
        themselves. Keep the address private: anyone who has it can see these dates.
      </p>
      <section className="space-y-2">
        <h3 className="font-medium">Tokens you own or back up</h3>
        <CalendarFeedAddress
          id="person-feed"
          label="Your private calendar address"
          url={feeds.personUrl}
          action={resetPersonCalendarAction}
        />
      </section>
      {feeds.team && (
        <section className="space-y-2">
          <h3 className="font-medium">All of {feeds.team.name}&apos;s tokens</h3>
          <CalendarFeedAddress
            id="team-feed"
            label={`${feeds.team.name}'s calendar address`}
            url={feeds.team.url}
            action={feeds.team.canReset ? resetTeamCalendarAction : null}
            hidden={{ teamId: feeds.team.id }}
          />
          {!feeds.team.canReset && (
            <p className="text-sm text-slate-600">
              {feeds.team.url
                ? "Only an admin can give the team a new address."
                : "The team has no calendar address yet. An admin can create one."}
            </p>
          )}
        </section>
      )}
    </>
  );
}

/** The profile page's "Calendar feeds". */
export function CalendarFeedsPanel() {
  return (
    <Card className="space-y-5">
      <h2 className="text-lg font-semibold">Calendar feeds</h2>
      <CalendarFeeds />
    </Card>
  );
}

/** "Subscribe in your calendar" on the Calendar and Timeline pages: the same feeds, folded until asked for. */
export function SubscribeInCalendar() {
  return (
    <details className="rounded-xl border border-slate-200 bg-white px-4 py-3 sm:px-6">
      <summary className="cursor-pointer font-medium text-brand-700 underline-offset-2 hover:underline">
        Subscribe in your calendar
      </summary>
      <div className="mt-4 space-y-5">
        <CalendarFeeds />
      </div>
    </details>
  );
}
