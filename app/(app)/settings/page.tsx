import type { Metadata } from "next";
import { AccessRefused } from "@/components/layout/access-refused";
import { ReminderScheduleForm } from "@/components/settings/reminder-schedule-form";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { getReminderSchedule } from "@/lib/reminders/save-reminder-schedule";
import { getOrganisationTime } from "@/lib/settings/save-organisation-time";
import { serverTimeZone } from "@/lib/settings/organisation-time";
import { OrganisationTimeForm } from "@/components/settings/organisation-time-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const page = await loadForPage(async (actor) => {
    const [schedule, time] = await Promise.all([getReminderSchedule(actor), getOrganisationTime(actor)]);
    return { schedule, time };
  });
  if (page.refused) return <AccessRefused what="Settings" />;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">Reminder schedule</h2>
          <p className="text-sm text-slate-700">
            Each reminder is sent once per token and date. If nobody presses “I&apos;m on it” by 3 days before a token expires, and again on the day, admins are told
            too. A token without a backup gets a weekly nudge to its owner.
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
        <OrganisationTimeForm timeZone={page.data.time.timeZone} reminderHour={page.data.time.reminderHour} version={page.data.time.version} timeZones={Intl.supportedValuesOf("timeZone")} />
      </Card>
    </div>
  );
}
