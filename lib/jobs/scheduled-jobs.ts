import { pruneSignInRecords } from "@/lib/auth/prune-sign-in-records";
import { cancelStaleChannelReminders } from "@/lib/channels/cancel-stale-channel-reminders";
import { deliverDueMail } from "@/lib/mail/send-mail";
import { cancelStaleReminders } from "@/lib/reminders/cancel-stale-reminders";
import { refreshQueuedReminders } from "@/lib/reminders/refresh-queued-reminders";
import { sendReminderDigests } from "@/lib/reminders/send-reminder-digests";
import { sweepReminders } from "@/lib/reminders/sweep-reminders";
import { syncReminderStatuses } from "@/lib/reminders/sync-reminder-statuses";

export type ScheduledJob = { name: string; cron: string; runAtStart: boolean; run: (now: Date) => Promise<unknown> };

/** Every recurring job (cron in UTC). Each is safe to run twice or on several instances at once. */
export const scheduledJobs: ScheduledJob[] = [
  { name: "reminders-sweep", cron: "*/5 * * * *", runAtStart: true, run: sweepReminders },
  {
    name: "mail-deliver-due",
    cron: "* * * * *",
    runAtStart: true,
    run: async (now) => {
      // A retried reminder or daily email that no longer applies is held back before the retry sends it.
      await cancelStaleReminders();
      await cancelStaleChannelReminders();
      await refreshQueuedReminders(now);
      const results = await deliverDueMail(now);
      await syncReminderStatuses();
      return results.length;
    },
  },
  // Every 10 minutes, sending each day's email once after the digest hour: a missed hour is caught up, never skipped.
  { name: "reminders-digest", cron: "*/10 * * * *", runAtStart: true, run: sendReminderDigests },
  { name: "sign-in-prune", cron: "17 * * * *", runAtStart: true, run: pruneSignInRecords },
];
