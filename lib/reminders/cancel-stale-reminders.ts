import { db } from "@/lib/db";

export const cancelledNote =
  "Not sent: this reminder no longer applies (the token's date changed, it was retired, a later reminder replaced it, or the person no longer looks after it).";
export const digestRebuiltNote =
  "Not sent: one of its reminders no longer applies, so the daily email was written again without it.";

/**
 * Reminders claimed for a date the token no longer has (it was rotated, so a new series started),
 * for a token that is no longer active, escalations after someone said "I'm on it", and reminders
 * for a person who was deactivated or no longer looks after the token, are cancelled while their
 * email still waits in the queue. One sent or being sent is left alone. The waiting email is marked
 * cancelled in the Outbox, with the reason. A waiting daily email that held a stale reminder is
 * cancelled too, and its other reminders go back to wait for the next one, written afresh.
 */
export async function cancelStaleReminders(): Promise<number> {
  return db.$transaction(async (tx) => {
    const stale = await tx.$queryRaw<{ id: string; outbox_message_id: string | null }[]>`
      SELECT r.id, r.outbox_message_id
      FROM reminder_deliveries r JOIN tokens t ON t.id = r.token_id JOIN users u ON u.id = r.recipient_id
      WHERE r.status = 'claimed' AND (
        t.state <> 'active'
        OR NOT u.active
        OR (r.kind IN ('expiry', 'escalation') AND r.due_on IS DISTINCT FROM t.expires_on)
        OR (r.kind = 'rotation' AND r.due_on IS DISTINCT FROM t.rotation_due_on)
        OR (r.kind = 'no_backup' AND t.backup_id IS NOT NULL)
        OR (r.kind = 'escalation' AND u.role <> 'admin')
        OR (r.kind <> 'escalation' AND u.role <> 'admin' AND r.recipient_id IS DISTINCT FROM t.owner_id AND r.recipient_id IS DISTINCT FROM t.backup_id)
        OR (r.kind = 'escalation' AND EXISTS (SELECT 1 FROM acknowledgements a WHERE a.token_id = r.token_id AND a.due_on = r.due_on))
        -- Overtaken: a later step of the same series for the same person was claimed while this one waited (a long outage).
        OR EXISTS (SELECT 1 FROM reminder_deliveries later WHERE later.token_id = r.token_id AND later.kind = r.kind AND later.due_on = r.due_on
                   AND later.recipient_id = r.recipient_id AND later.created_at > r.created_at))
      ORDER BY r.id
      FOR UPDATE OF r SKIP LOCKED`;
    if (stale.length === 0) return 0;
    const messageIds = stale.flatMap((row) => (row.outbox_message_id ? [row.outbox_message_id] : []));
    // Only emails still waiting are held back; the conditional update loses cleanly to a sender that claimed one first.
    const held = await tx.outboxMessage.updateManyAndReturn({
      where: { id: { in: messageIds }, status: "queued" },
      data: { status: "cancelled", lastError: cancelledNote, nextAttemptAt: null },
      select: { id: true, kind: true },
    });
    const heldIds = new Set(held.map((message) => message.id));
    const cancel = stale
      .filter((row) => row.outbox_message_id === null || heldIds.has(row.outbox_message_id))
      .map((row) => row.id);
    const { count } = await tx.reminderDelivery.updateMany({
      where: { id: { in: cancel }, status: "claimed" },
      data: { status: "cancelled" },
    });
    const digests = held.filter((message) => message.kind === "reminder-digest").map((message) => message.id);
    if (digests.length > 0) {
      await tx.outboxMessage.updateMany({ where: { id: { in: digests } }, data: { lastError: digestRebuiltNote } });
      // The rest of a held daily email wait again, unclaimed by any email, and go out in the next one.
      await tx.reminderDelivery.updateMany({
        where: { outboxMessageId: { in: digests }, status: "claimed" },
        data: { outboxMessageId: null },
      });
    }
    return count;
  });
}
