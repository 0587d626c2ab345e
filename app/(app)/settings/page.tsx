import type { Metadata } from "next";
import { AccessRefused } from "@/components/layout/access-refused";
import { ReminderScheduleForm } from "@/components/settings/reminder-schedule-form";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { getReminderSchedule } from "@/lib/reminders/save-reminder-schedule";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const page = await loadForPage(getReminderSchedule);
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
        <ReminderScheduleForm {...page.data} />
      </Card>
    </div>
  );
}
