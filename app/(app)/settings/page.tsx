import type { Metadata } from "next";
import { AccessRefused } from "@/components/layout/access-refused";
import { ReminderScheduleForm } from "@/components/settings/reminder-schedule-form";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { getReminderSchedule } from "@/lib/reminders/save-reminder-schedule";
import { getOrganisationTime } from "@/lib/settings/save-organisation-time";
import { serverTimeZone } from "@/lib/settings/organisation-time";
import { OrganisationTimeForm } from "@/components/settings/organisation-time-form";
import { AddChannelForm } from "@/components/channels/add-channel-form";
import { ChannelList, type ChannelRow } from "@/components/channels/channel-list";
import { TeamRoutingForm } from "@/components/channels/team-routing-form";
import { listChannels } from "@/lib/channels/list-channels";
import { channelKindWords } from "@/lib/channels/channel-kinds";
import { formatDateTime } from "@/lib/dates/format-date";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const page = await loadForPage(async (actor) => {
    const [schedule, time, routing] = await Promise.all([
      getReminderSchedule(actor),
      getOrganisationTime(actor),
      listChannels(actor),
    ]);
    return { schedule, time, routing };
  });
  if (page.refused) return <AccessRefused what="Settings" />;
  const { channels, teams } = page.data.routing;
  const channelRows: ChannelRow[] = channels.map((channel) => ({
    id: channel.id,
    name: channel.name,
    kindWords: channelKindWords[channel.kind],
    urlHint: channel.urlHint,
    leakAlerts: channel.leakAlerts,
    teams: channel.teams.map((team) => team.name),
    paused: channel.pausedAt
      ? `Paused since ${formatDateTime(channel.pausedAt, page.data.time.timeZone)}: ${(channel.pausedReason ?? "it kept failing").replace(/\.$/, "")}. Fix the address at the service, then resume.`
      : null,
    failuresInARow: channel.failuresInARow,
  }));
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Reminder schedule</h2>
          <p className="text-sm text-slate-700">
            Each reminder is sent once per token and date. If nobody presses “I&apos;m on it” by 3 days before a token
            expires, and again on the day, admins are told too. A token without a backup gets a weekly nudge to its
            owner.
          </p>
        </div>
        <ReminderScheduleForm {...page.data.schedule} />
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Time zone</h2>
          <p className="text-sm text-slate-700">
            {page.data.time.chosen
              ? `Tokenbook counts days in ${page.data.time.timeZone}.`
              : `Nobody has chosen a time zone yet, so Tokenbook uses the server's: ${serverTimeZone()}. Check it and save.`}
          </p>
        </div>
        <OrganisationTimeForm
          timeZone={page.data.time.timeZone}
          reminderHour={page.data.time.reminderHour}
          version={page.data.time.version}
          timeZones={Intl.supportedValuesOf("timeZone")}
        />
      </Card>
      <Card className="space-y-4">
        <div id="channels" className="scroll-mt-20">
          <h2 className="text-lg font-semibold">Chat and webhooks</h2>
          <p className="text-sm text-slate-700">
            Send each team&apos;s reminders, escalations and leak alerts to Slack, Microsoft Teams or your own service
            as well as by email. Each message goes once per token, date and step; failures are retried and listed in the
            Outbox.
          </p>
        </div>
        <ChannelList channels={channelRows} />
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className="font-semibold">Add a channel</h3>
          <AddChannelForm />
        </div>
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Where each team hears about its tokens</h2>
          <p className="text-sm text-slate-700">
            One channel per team, or email only. Email always goes to owners and backups as well.
          </p>
        </div>
        {teams.length === 0 ? (
          <p className="text-sm text-slate-600">No teams yet: make them on the Teams page.</p>
        ) : (
          teams.map((team) => (
            <TeamRoutingForm key={team.id} team={team} channels={channels.map(({ id, name }) => ({ id, name }))} />
          ))
        )}
      </Card>
    </div>
  );
}
