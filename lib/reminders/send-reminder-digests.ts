import { calendarDateIn } from "@/lib/dates/zoned-day";
import { db } from "@/lib/db";
import { recordUnbuiltMail } from "@/lib/mail/record-unbuilt-mail";
import { deliverMail, queueMail } from "@/lib/mail/send-mail";
import { readOrganisationTime } from "@/lib/settings/read-organisation-time";
import { cancelStaleReminders } from "./cancel-stale-reminders";
import { loadMailTokens } from "./claim-reminders";
import { latestDigestTime } from "./digest-hour";
import { digestEmail, type DigestReason } from "./digest-email";
import { kindWords } from "./reminder-words";
import { syncReminderStatuses } from "./sync-reminder-statuses";

/**
 * The daily job (run often: it sends each day's email once, at the first run after the digest hour):
 * each person's reminders that wait for a digest go out in one email, written from what still applies. The rows are
 * locked and tied to that email in one transaction, so each step still reaches them exactly once,
 * whichever instance runs the job and however often.
 */
export async function sendReminderDigests(now: Date): Promise<number> {
  // What no longer applies (a changed date, a person who left) drops out before anything is written.
  await cancelStaleReminders();
  const time = await readOrganisationTime();
  const cutoff = latestDigestTime(now, time);
  const today = calendarDateIn(now, time.timeZone);
  const waiting = await db.reminderDelivery.findMany({
    where: { status: "claimed", outboxMessageId: null, createdAt: { lte: cutoff } },
    distinct: ["recipientId"],
    select: { recipientId: true },
  });
  let sent = 0;
  for (const { recipientId } of waiting) {
    // One person's digest failing never keeps the others from theirs.
    try {
      const outboxId = await queueDigest(recipientId, cutoff, today, "daily");
      if (!outboxId) continue;
      await deliverMail(outboxId, now);
      sent += 1;
    } catch (error) {
      console.error(`The reminder digest for person ${recipientId} failed:`, error);
    }
  }
  await syncReminderStatuses();
  return sent;
}

/**
 * One person's email of every reminder waiting for them (claimed by `cutoff`, not yet in an email),
 * written for `today`, the organisation's date: their daily email, or the summary of tokens new to them.
 */
export async function queueDigest(
  recipientId: string,
  cutoff: Date,
  today: Date,
  reason: DigestReason,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM reminder_deliveries
      WHERE recipient_id = ${recipientId} AND status = 'claimed' AND outbox_message_id IS NULL AND created_at <= ${cutoff}
      ORDER BY due_on, id FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return null;
    const deliveries = await tx.reminderDelivery.findMany({
      where: { id: { in: rows.map((row) => row.id) } },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, dueOn: true, tokenId: true, recipient: { select: { id: true, email: true } } },
    });
    const tokens = await loadMailTokens(
      tx,
      deliveries.map((delivery) => delivery.tokenId),
    );
    const recipient = deliveries[0].recipient;
    // Each item is written on its own first: one that cannot be is kept failed in the Outbox, the rest still go out.
    const good: typeof deliveries = [];
    for (const delivery of deliveries) {
      const token = tokens.get(delivery.tokenId);
      try {
        if (!token) throw new Error("the token no longer exists.");
        digestEmail(recipient, [{ kind: delivery.kind, dueOn: delivery.dueOn, token }], today, reason);
        good.push(delivery);
      } catch (error) {
        const about = `${kindWords[delivery.kind]} reminder for ${token?.name ?? "a token"} (daily email)`;
        const failed = await recordUnbuiltMail({ to: recipient.email, kind: "reminder-digest", about, error }, tx);
        await tx.reminderDelivery.update({ where: { id: delivery.id }, data: { outboxMessageId: failed.id } });
      }
    }
    if (good.length === 0) return null;
    const items = good.map((delivery) => ({
      kind: delivery.kind,
      dueOn: delivery.dueOn,
      token: tokens.get(delivery.tokenId)!,
    }));
    const { subject, text, html } = digestEmail(recipient, items, today, reason);
    const message = await queueMail({ to: recipient.email, subject, text, html, kind: "reminder-digest" }, tx);
    await tx.reminderDelivery.updateMany({
      where: { id: { in: good.map((delivery) => delivery.id) } },
      data: { outboxMessageId: message.id },
    });
    return message.id;
  });
}
