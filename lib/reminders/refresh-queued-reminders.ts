import { calendarDateIn } from "@/lib/dates/zoned-day";
import { db } from "@/lib/db";
import { readOrganisationTime } from "@/lib/settings/read-organisation-time";
import { loadMailTokens } from "./claim-reminders";
import { listReminderAdmins } from "./list-reminder-admins";
import { reminderEmail } from "./reminder-email";

/**
 * A reminder waiting for a retry is written again just before it is sent, so a late one says what
 * is true then ("expires tomorrow", not "in 7 days") and names the current owner and backup.
 * Only emails still queued are touched; one a sender has claimed is left as it is.
 */
export async function refreshQueuedReminders(now: Date): Promise<number> {
  const waiting = await db.reminderDelivery.findMany({
    where: { status: "claimed", outboxMessageId: { not: null } },
    select: {
      kind: true,
      dueOn: true,
      tokenId: true,
      outboxMessageId: true,
      recipient: { select: { id: true, name: true, email: true } },
    },
  });
  if (waiting.length === 0) return 0;
  const queued = await db.outboxMessage.findMany({
    where: { id: { in: waiting.map((row) => row.outboxMessageId!) }, status: "queued", kind: "reminder" },
    select: { id: true },
  });
  const retrying = new Set(queued.map((message) => message.id));
  const rows = waiting.filter((row) => retrying.has(row.outboxMessageId!));
  if (rows.length === 0) return 0;
  const [tokens, admins, { timeZone }] = await Promise.all([
    loadMailTokens(
      db,
      rows.map((row) => row.tokenId),
    ),
    listReminderAdmins(),
    readOrganisationTime(),
  ]);
  const today = calendarDateIn(now, timeZone);
  let refreshed = 0;
  for (const row of rows) {
    const token = tokens.get(row.tokenId);
    if (!token) continue;
    try {
      const { subject, text, html } = reminderEmail(
        { kind: row.kind, dueOn: row.dueOn, token, recipient: row.recipient, admins },
        today,
      );
      const { count } = await db.outboxMessage.updateMany({
        where: { id: row.outboxMessageId!, status: "queued" },
        data: { subject, text, html },
      });
      refreshed += count;
    } catch (error) {
      // The text written when it was queued still goes out; one that cannot be rewritten never stops the others.
      console.error(`Reminder email ${row.outboxMessageId} could not be written again:`, error);
    }
  }
  return refreshed;
}
