import { db } from "@/lib/db";
import type { OutboxMessage } from "@/lib/generated/prisma/client";
import type { DeliveryResult } from "@/lib/mail/send-mail";
import { maxOutageAttempts, nextAttemptAt } from "@/lib/mail/delivery-failure";
import { OutgoingRequestError } from "@/lib/webhooks/safe-post";
import { pauseChannel, pausedNote } from "./pause-channel";
import { describeAnswer, isGone, isSuccess, postToChannel } from "./post-to-channel";

/** Failures in a row (across messages) after which a channel is paused and admins are told. */
export const pauseAfterFailures = 10;

/**
 * Posts one claimed outbox row to its channel. Success clears the channel's failure count; a 404 or
 * 410 pauses the channel at once; any other failure is retried with the outbox's backoff and counts
 * towards pausing the channel. Never throws for a failed post.
 */
export async function deliverChannelMessage(row: OutboxMessage, now: Date): Promise<DeliveryResult> {
  const { id } = row;
  const channel = row.channelId ? await db.notificationChannel.findUnique({ where: { id: row.channelId } }) : null;
  if (!channel) return fail(id, "Not sent: its channel was removed.");
  if (channel.pausedAt) return fail(id, pausedNote(channel.name, channel.pausedReason));
  let outcome: { gone?: boolean; retry: boolean; error: string };
  try {
    const answer = await postToChannel(channel, row.text);
    if (isSuccess(answer.status)) {
      await db.outboxMessage.update({
        where: { id },
        data: { status: "sent", sentAt: now, lastError: null, nextAttemptAt: null },
      });
      await db.notificationChannel.updateMany({
        where: { id: channel.id, failuresInARow: { gt: 0 } },
        data: { failuresInARow: 0 },
      });
      return { id, status: "sent" };
    }
    const said = describeAnswer(answer);
    if (isGone(answer.status))
      outcome = { gone: true, retry: false, error: `${said} The address no longer exists at the service.` };
    else if (answer.status >= 300 && answer.status < 400)
      outcome = { retry: false, error: `${said} Tokenbook does not follow redirects; check the address.` };
    else outcome = { retry: answer.status === 429 || answer.status >= 500, error: said };
  } catch (error) {
    const refused = error instanceof OutgoingRequestError && error.refused;
    outcome = { retry: !refused, error: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.gone) {
    await pauseChannel(channel.id, outcome.error, now);
    return fail(id, outcome.error);
  }
  const [counted] = await db.notificationChannel.updateManyAndReturn({
    where: { id: channel.id },
    data: { failuresInARow: { increment: 1 } },
    select: { failuresInARow: true },
  });
  if ((counted?.failuresInARow ?? 0) >= pauseAfterFailures) {
    await pauseChannel(channel.id, `${pauseAfterFailures} tries in a row failed; the last: ${outcome.error}`, now);
    return fail(id, outcome.error);
  }
  if (outcome.retry && row.attempts < maxOutageAttempts) {
    await db.outboxMessage.update({
      where: { id },
      data: { status: "queued", lastError: outcome.error, nextAttemptAt: nextAttemptAt(row.attempts, now) },
    });
    return { id, status: "queued", error: outcome.error };
  }
  return fail(id, outcome.error);
}

async function fail(id: string, error: string): Promise<DeliveryResult> {
  await db.outboxMessage.update({ where: { id }, data: { status: "failed", lastError: error, nextAttemptAt: null } });
  return { id, status: "failed", error };
}
