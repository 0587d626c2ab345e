import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma, type OutboxMessage } from "@/lib/generated/prisma/client";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { attemptsAllowed, describeDeliveryFailure, maxOutageAttempts, nextAttemptAt } from "./delivery-failure";
import { escapeHtml } from "./escape-html";
import { queueFailureNotice } from "./failure-notice";
import { isRecipientRefusal, mailFailingKey, recordMailFailing, takeMailRecovery } from "./mail-failing";
import { queueMailRecoveredNotice } from "./mail-recovered-notice";
import { newMessageId } from "./message-id";
import { mailMode, smtpTransport } from "./transport";
import { mailHeaderText } from "@/lib/text/output-text";
import { deliverChannelMessage } from "@/lib/channels/deliver-channel-message";
import { deliverAutomationHookCall } from "@/lib/automation-hooks/deliver-automation-hook-call";
import { automationHookKind } from "@/lib/automation-hooks/queue-automation-hook-calls";

/** Longer subjects are cut (on a character boundary); most inboxes show far fewer characters anyway. */
export const maxSubjectLength = 250;

const outgoingMailSchema = z.object({
  to: z.email({ message: "The recipient must be one email address, such as name@example.com." }),
  // Folded and capped rather than refused: a name with a line break must never stop an email.
  subject: z
    .string()
    .transform((subject) => mailHeaderText(subject, maxSubjectLength))
    .pipe(z.string().min(1, "An email needs a subject.")),
  text: z.string(),
  html: z.string(),
  kind: z.string().min(1, "Say what kind of email this is, such as reminder or sign-in.").max(64),
});

export type OutgoingMail = z.infer<typeof outgoingMailSchema>;
export type DeliveryResult = { id: string; status: OutboxStatus; error?: string };
export type SendOptions = {
  /** Strings (such as a sign-in link) sent but replaced in the stored copy; such a message is never retried. */
  redact?: string[];
  /** false: one attempt only, e.g. a test email an admin is waiting for. */
  retry?: boolean;
};

export const redactedText = "[sign-in link removed]";
const notRetriedRedacted = "Not retried: sign-in links are single-use; ask for a new one.";
const notRetriedOnce = "Not retried: this email is sent only once.";
const interruptedNote =
  "The last try was cut off before the mail server answered (Tokenbook stopped), so it is tried again with the same Message-ID.";

/** How long a message may stay "sending" before its sender is presumed dead. */
export const sendingLeaseMinutes = 5;

/** Puts a message in the outbox, inside the caller's transaction when given one; deliver it after commit. */
export async function queueMail(message: OutgoingMail, tx: Prisma.TransactionClient = db): Promise<OutboxMessage> {
  const mail = parseMail(message);
  return tx.outboxMessage.create({ data: { ...mail, messageId: newMessageId(), status: "queued" } });
}

/**
 * Delivers one queued message, whatever its next attempt time. The conditional claim means two
 * processes never send the same row; the loser gets the row's current status back.
 */
export async function deliverMail(id: string, now = new Date()): Promise<DeliveryResult> {
  const [claimed] = await db.outboxMessage.updateManyAndReturn({
    where: { id, status: "queued" },
    data: { status: "sending", attempts: { increment: 1 } },
  });
  // A chat or webhook message rides the same outbox (claim, retries, send again) but is posted, not mailed.
  if (claimed?.channelId) return deliverChannelMessage(claimed, now);
  if (claimed?.kind === automationHookKind) return deliverAutomationHookCall(claimed, now);
  if (claimed) return deliverClaimed(claimed, claimed, now);
  const current = await db.outboxMessage.findUnique({ where: { id }, select: { status: true, lastError: true } });
  if (!current) throw new NotFoundError("That email is not in the outbox.");
  return { id, status: current.status, ...(current.lastError ? { error: current.lastError } : {}) };
}

/** Queues and delivers at once. An SMTP failure is recorded on the row and returned, never thrown. */
export async function sendMail(message: OutgoingMail, options: SendOptions = {}): Promise<DeliveryResult> {
  const mail = parseMail(message);
  const redact = options.redact ?? [];
  if (redact.some((secret) => secret.length === 0)) throw new Error("sendMail: a redact string must not be empty.");
  // Stored already claimed, so a delivery job can never pick up the copy before (or instead of) this send.
  const row = await db.outboxMessage.create({
    data: { ...mail, ...redactedCopy(mail, redact), messageId: newMessageId(), status: "sending", attempts: 1 },
  });
  const note = redact.length > 0 ? notRetriedRedacted : options.retry === false ? notRetriedOnce : undefined;
  return deliverClaimed(row, mail, new Date(), note);
}

/** Delivers every queued message that is due, in pages of `limit` by id. For the job runner. */
export async function deliverDueMail(now = new Date(), limit = 50): Promise<DeliveryResult[]> {
  await requeueInterruptedMail();
  await probeFailingMailServer(now);
  const results: DeliveryResult[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await db.outboxMessage.findMany({
      where: {
        status: "queued",
        OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: limit,
      select: { id: true },
    });
    for (const { id } of page) results.push(await deliverMail(id, now));
    if (page.length < limit) return results;
    after = page[page.length - 1].id;
  }
}

/**
 * While mail is failing, messages wait hours between tries. Each run tries one of them early, as a
 * probe that does not count as a try: once it goes out, the admins are told and every waiting
 * message is due at once, so a long outage ends in delivery within a minute of the server's return.
 */
async function probeFailingMailServer(now: Date) {
  if (!(await db.setting.findUnique({ where: { key: mailFailingKey }, select: { key: true } }))) return;
  const probe = await db.outboxMessage.findFirst({
    // Few tries so far, so the probe can never be a message's last try.
    where: {
      status: "queued",
      channelId: null,
      kind: { not: automationHookKind },
      nextAttemptAt: { gt: now },
      attempts: { lt: maxOutageAttempts - 1 },
    },
    orderBy: [{ attempts: "asc" }, { nextAttemptAt: "asc" }],
    select: { id: true, attempts: true, nextAttemptAt: true },
  });
  if (!probe) return;
  const result = await deliverMail(probe.id, now);
  if (result.status === "queued") {
    await db.outboxMessage.updateMany({
      where: { id: probe.id, status: "queued" },
      data: { attempts: probe.attempts, nextAttemptAt: probe.nextAttemptAt },
    });
  }
}

/**
 * A message left "sending" past its lease belongs to a process that died mid-send: it goes back to
 * the queue and is sent once more under the same Message-ID, so a copy the server did accept reads
 * as the same message. A redacted one (a sign-in link) cannot be rebuilt and is marked failed.
 * The lease runs on the database's clock, since `now` may be a scheduled time rather than the real one.
 */
export async function requeueInterruptedMail(leaseMinutes = sendingLeaseMinutes): Promise<number> {
  const expired = Prisma.sql`status = 'sending' AND updated_at < (now() AT TIME ZONE 'UTC') - make_interval(mins => ${leaseMinutes})`;
  const redacted = `%${redactedText}%`;
  await db.$executeRaw`
    UPDATE outbox_messages SET status = 'failed', last_error = ${`${interruptedNote} ${notRetriedRedacted}`}, next_attempt_at = NULL, updated_at = now() AT TIME ZONE 'UTC'
    WHERE ${expired} AND text LIKE ${redacted}`;
  return db.$executeRaw`
    UPDATE outbox_messages SET status = 'queued', last_error = ${interruptedNote}, next_attempt_at = NULL, updated_at = now() AT TIME ZONE 'UTC'
    WHERE ${expired}`;
}

function parseMail(message: OutgoingMail): OutgoingMail {
  const parsed = outgoingMailSchema.safeParse(message);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidInputError(issue.message, { [String(issue.path[0])]: issue.message });
}

function redactedCopy(mail: OutgoingMail, redact: string[]) {
  let { text, html } = mail;
  for (const secret of redact) {
    text = text.replaceAll(secret, redactedText);
    // renderEmail escapes the link inside the HTML, so the stored HTML holds it in that form.
    html = html.replaceAll(secret, redactedText).replaceAll(escapeHtml(secret), redactedText);
  }
  return { text, html };
}

async function deliverClaimed(
  row: OutboxMessage,
  content: OutgoingMail,
  now: Date,
  notRetried?: string,
): Promise<DeliveryResult> {
  const { id } = row;
  if (mailMode() === "outbox") {
    await db.outboxMessage.update({ where: { id }, data: { status: "kept", lastError: null, nextAttemptAt: null } });
    return { id, status: "kept" };
  }
  try {
    await smtpTransport().sendMail({
      from: env().MAIL_FROM,
      to: content.to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      messageId: row.messageId,
      // RFC 3834: tells mail servers not to answer with out-of-office replies.
      headers: { "Auto-Submitted": "auto-generated" },
    });
  } catch (sendError) {
    const error = describeDeliveryFailure(sendError);
    // One address refused for good says nothing about the mail server; everything else means mail is failing.
    if (!isRecipientRefusal(sendError)) await recordMailFailing(error, now);
    const lastError = notRetried ? `${error} ${notRetried}` : error;
    const retry = !notRetried && row.attempts < attemptsAllowed(sendError);
    if (retry) {
      await db.outboxMessage.update({
        where: { id },
        data: { status: "queued", lastError, nextAttemptAt: nextAttemptAt(row.attempts, now) },
      });
      return { id, status: "queued", error };
    }
    // Whoever waits on a one-try email hears the answer directly; a retried one that ran out tells the admins.
    await db.$transaction(async (tx) => {
      await tx.outboxMessage.update({ where: { id }, data: { status: "failed", lastError, nextAttemptAt: null } });
      if (!notRetried) await queueFailureNotice(tx, row, error, (notice) => queueMail(notice, tx));
    });
    return { id, status: "failed", error };
  }
  await db.outboxMessage.update({
    where: { id },
    data: { status: "sent", sentAt: now, lastError: null, nextAttemptAt: null },
  });
  await tellAdminsMailRecovered(now);
  return { id, status: "sent" };
}

/** After mail failed for a while, the first message that goes out tells the admins, once, across all instances. */
async function tellAdminsMailRecovered(now: Date) {
  if (!(await db.setting.findUnique({ where: { key: mailFailingKey }, select: { key: true } }))) return;
  const notices = await db.$transaction(async (tx) => {
    const failing = await takeMailRecovery(tx);
    if (!failing) return [];
    // Everything that waited through the outage is due now, not at its next (hours away) try.
    await tx.outboxMessage.updateMany({
      where: { status: "queued", channelId: null, kind: { not: automationHookKind }, nextAttemptAt: { gt: now } },
      data: { nextAttemptAt: now },
    });
    return queueMailRecoveredNotice(tx, failing, now, (notice) => queueMail(notice, tx));
  });
  for (const notice of notices) await deliverMail(notice, now);
}
