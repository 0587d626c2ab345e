import { listPausedChannels } from "@/lib/channels/list-paused-channels";
import { formatDateTime } from "@/lib/dates/format-date";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import { readMailFailing } from "@/lib/mail/mail-failing";
import { mailMode } from "@/lib/mail/transport";
import { readJobRuns, type JobRun } from "./job-runs";

/** The sweep runs every 5 minutes; three missed runs in a row is overdue. */
export const sweepOverdueMinutes = 15;
/** A mail server failing for longer than one sweep interval is not a hiccup. */
export const mailFailingMinutes = 5;

export type ReminderAlarm = {
  kind: "sweep-failed" | "sweep-overdue" | "mail-failing" | "mail-not-configured" | "channel-paused";
  reason: string;
  serious: boolean;
  /** For /api/health, which anyone can read: the same news without names or a service's answer. */
  publicReason?: string;
};
export type ReminderStatus = { lastSweepAt: string | null; lastDigestAt: string | null; alarms: ReminderAlarm[] };

const minutesSince = (iso: string, now: Date) => (now.getTime() - Date.parse(iso)) / 60_000;
const failedLast = (run: JobRun) =>
  Boolean(run.lastFailureAt && (!run.lastSuccessAt || run.lastFailureAt > run.lastSuccessAt));

/**
 * What keeps reminders from reaching people right now, in plain words: a failing or overdue sweep,
 * a mail server refusing, or no mail server at all. `serious` alarms make /api/health answer 503.
 */
export async function readReminderStatus(now: Date): Promise<ReminderStatus> {
  const [runs, mailFailing, timeZone, paused] = await Promise.all([
    readJobRuns(),
    readMailFailing(),
    readTimeZone(),
    listPausedChannels(),
  ]);
  const at = (time: string) => formatDateTime(new Date(time), timeZone);
  const sweep = runs["reminders-sweep"];
  const alarms: ReminderAlarm[] = [];
  if (failedLast(sweep)) {
    alarms.push({
      kind: "sweep-failed",
      serious: true,
      reason: `The reminder sweep failed at ${at(sweep.lastFailureAt!)}: ${sweep.lastError}`,
    });
  } else if (sweep.lastSuccessAt && minutesSince(sweep.lastSuccessAt, now) > sweepOverdueMinutes) {
    alarms.push({
      kind: "sweep-overdue",
      serious: true,
      reason: `No reminder sweep has run since ${at(sweep.lastSuccessAt)}; it should run every 5 minutes.`,
    });
  }
  if (mailFailing && minutesSince(mailFailing.since, now) >= mailFailingMinutes) {
    alarms.push({
      kind: "mail-failing",
      serious: true,
      reason: `Emails are not going out since ${at(mailFailing.since)}: ${mailFailing.lastError}`,
    });
  }
  if (mailMode() === "outbox") {
    alarms.push({
      kind: "mail-not-configured",
      serious: false,
      reason: "No mail server is set (SMTP_URL), so reminders are kept in the Outbox and nobody receives them.",
    });
  }
  if (paused.length > 0) {
    // Not serious for /api/health's status code: email still goes out, and a load balancer must not drop the instance
    // over a revoked chat address.
    const names = paused.map(
      (channel) =>
        `“${channel.name}” (since ${at(channel.pausedAt!.toISOString())}: ${(channel.pausedReason ?? "it kept failing").replace(/\.$/, "")})`,
    );
    alarms.push({
      kind: "channel-paused",
      serious: false,
      reason: `Tokenbook stopped sending to ${names.join(", ")}. Email still goes out; fix the address and resume it in Settings.`,
      publicReason: `${paused.length} chat or webhook channel${paused.length === 1 ? " is" : "s are"} paused; admins see which in Settings.`,
    });
  }
  return { lastSweepAt: sweep.lastSuccessAt, lastDigestAt: runs["reminders-digest"].lastSuccessAt, alarms };
}
