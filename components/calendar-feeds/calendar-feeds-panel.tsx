import { Card } from "@/components/ui/card";
import { resetPersonCalendarAction, resetTeamCalendarAction } from "@/lib/calendar/actions";
import { getCalendarFeeds } from "@/lib/calendar/get-calendar-feeds";
import { currentActor } from "@/lib/auth/current-actor";
import { CalendarFeedAddress } from "./calendar-feed-address";

/** The profile page's "Calendar feeds": the person's own expiries, and their team's. */
export async function CalendarFeedsPanel() {
  const feeds = await getCalendarFeeds(await currentActor());
  return (
    <Card className="space-y-5">
      <div className="space-y-1">
        <h2 className="text-lg font-semibold">Calendar feeds</h2>
        <p className="text-sm text-slate-700">
          See expiry dates in your own calendar (Outlook, Google Calendar, Apple Calendar). Your calendar app checks the address now and then, so
          changed dates follow by themselves. Keep the address private: anyone who has it can see these expiries.
        </p>
      </div>
      <section className="space-y-2">
        <h3 className="font-medium">Tokens you own or back up</h3>
        <CalendarFeedAddress id="person-feed" label="Your private calendar address" url={feeds.personUrl} action={resetPersonCalendarAction} />
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
              {feeds.team.url ? "Only an admin can give the team a new address." : "The team has no calendar address yet. An admin can create one."}
            </p>
          )}
        </section>
      )}
    </Card>
  );
}
