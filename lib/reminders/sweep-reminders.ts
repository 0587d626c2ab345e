import { queueChannelReminders } from "@/lib/channels/queue-channel-reminders";
import { queueAutomationHookCalls } from "@/lib/automation-hooks/queue-automation-hook-calls";
import { calendarDateIn, reminderDateIn } from "@/lib/dates/zoned-day";
import { readOrganisationTime } from "@/lib/settings/read-organisation-time";
import { cancelStaleReminders } from "./cancel-stale-reminders";
import { chooseRecipients } from "./choose-recipients";
import { claimKey, claimReminders, type ReminderClaim } from "./claim-reminders";
import { deliverReminderMail } from "./deliver-reminder-mail";
import { holdFirstRemindersForSummary } from "./first-reminder-summary";
import { listReminderAdmins } from "./list-reminder-admins";
import { loadReminderCandidates } from "./load-reminder-candidates";
import { planReminders } from "./plan-reminders";
import { readReminderSchedule } from "./read-reminder-schedule";
import { queueDigest } from "./send-reminder-digests";
import { syncReminderStatuses } from "./sync-reminder-statuses";

export type SweepResult = { planned: number; emailed: number; cancelled: number; posted: number; hooksCalled: number };

const chunkSize = 100;

/**
 * The scheduled job: plan the reminders due at `now`, claim each one exactly once, queue and send
 * its email. Any number of instances may run it at once; each claim is decided by the database.
 */
export async function sweepReminders(now: Date): Promise<SweepResult> {
  const cancelled = await cancelStaleReminders();
  const [schedule, admins, time] = await Promise.all([
    readReminderSchedule(),
    listReminderAdmins(),
    readOrganisationTime(),
  ]);
  const reminderDay = reminderDateIn(now, time.timeZone, time.reminderHour);
  const today = calendarDateIn(now, time.timeZone);
  const candidates = await loadReminderCandidates(schedule, reminderDay);
  const tokens = new Map(candidates.map((token) => [token.id, token]));
  const reminders = planReminders(candidates, schedule, now, reminderDay);
  const planned: ReminderClaim[] = reminders.flatMap((reminder) =>
    chooseRecipients(reminder, tokens.get(reminder.tokenId)!, admins).map((recipient) => ({
      ...reminder,
      recipientId: recipient.id,
      digest: recipient.digest,
    })),
  );
  const { claims, summaryReaders } = await holdFirstRemindersForSummary(planned);
  // Every instance claims in the same order, so two inserting the same rows wait for each other instead of deadlocking.
  claims.sort((a, b) => (claimKey(a) < claimKey(b) ? -1 : 1));
  let emailed = 0;
  for (let start = 0; start < claims.length; start += chunkSize) {
    const outboxIds = await claimReminders(claims.slice(start, start + chunkSize), admins, now, today);
    emailed += outboxIds.length;
    await deliverReminderMail(outboxIds, now);
    // Each batch's reminders read "Sent" on their token pages as soon as their emails went, not after the whole sweep.
    await syncReminderStatuses();
  }
  emailed += await sendSummaries(summaryReaders, now, today);
  await syncReminderStatuses();
  const posted = await postToTeamChannels(reminders, now, today);
  const hooksCalled = await callAutomationHooks(reminders, now, today);
  return { planned: claims.length, emailed, cancelled, posted, hooksCalled };
}

/**
 * Each person's held first reminders, in one email. Whatever is not sent here (a crash, a failure)
 * still waits claimed, and goes out in the next daily email run: nothing is lost, nothing is sent twice.
 */
async function sendSummaries(recipientIds: Set<string>, now: Date, today: Date): Promise<number> {
  const outboxIds: string[] = [];
  for (const recipientId of recipientIds) {
    try {
      const outboxId = await queueDigest(recipientId, now, today, "summary");
      if (outboxId) outboxIds.push(outboxId);
    } catch (error) {
      console.error(
        `The summary of first reminders for person ${recipientId} failed; the daily email run sends them:`,
        error,
      );
    }
  }
  await deliverReminderMail(outboxIds, now);
  return outboxIds.length;
}

/** Team channels hear the same steps, after the email: a channel that fails never holds up a person's email. */
async function postToTeamChannels(
  reminders: Parameters<typeof queueChannelReminders>[0],
  now: Date,
  today: Date,
): Promise<number> {
  try {
    return await queueChannelReminders(reminders, now, today);
  } catch (error) {
    console.error("Reminders to team channels could not be queued; the next sweep tries again:", error);
    return 0;
  }
}

/** Tokens' automation hooks hear the first step of each due date, after email and channels, and never hold them up. */
async function callAutomationHooks(
  reminders: Parameters<typeof queueAutomationHookCalls>[0],
  now: Date,
  today: Date,
): Promise<number> {
  try {
    return await queueAutomationHookCalls(reminders, now, today);
  } catch (error) {
    console.error("Calls to automation hooks could not be queued; the next sweep tries again:", error);
    return 0;
  }
}
