import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { deliverMail, redactedText, type DeliveryResult } from "./send-mail";

export type SendAgainResult = { requeued: number; results: DeliveryResult[] };

/**
 * An admin sends failed emails again: one (`ids`) or every failed one ("all"). The conditional
 * update takes each from "failed" exactly once, so a double click or two admins at once never send
 * two; a reminder goes back to its one delivery row, so a person still gets each step at most once
 * (and one that no longer applies is held back, not sent). Sign-in links and emails that could not
 * be written are never sent again. Audited in the same transaction.
 */
export async function sendAgain(
  actor: Actor | null,
  which: { ids: string[] } | "all",
  now = new Date(),
): Promise<SendAgainResult> {
  const admin = await authorize(actor, "mail.send_again", isAdmin);
  const ids = await db.$transaction(async (tx) => {
    const taken = await tx.outboxMessage.updateManyAndReturn({
      where: {
        status: "failed",
        ...(which === "all" ? {} : { id: { in: which.ids.slice(0, 500) } }),
        text: { not: "" },
        NOT: { text: { contains: redactedText } },
      },
      data: { status: "queued", attempts: 0, nextAttemptAt: null, lastError: `Sent again by ${admin.name}.` },
      select: { id: true, subject: true, to: true },
    });
    if (taken.length === 0) return [];
    await tx.reminderDelivery.updateMany({
      where: { outboxMessageId: { in: taken.map((row) => row.id) }, status: "failed" },
      data: { status: "claimed" },
    });
    await recordAudit(tx, {
      actor: admin,
      action: "mail.sent_again",
      recordType: "outbox",
      after: { count: taken.length, emails: taken.slice(0, 50).map((row) => ({ to: row.to, subject: row.subject })) },
    });
    return taken.map((row) => row.id);
  });
  const results: DeliveryResult[] = [];
  for (const id of ids) results.push(await deliverMail(id, now));
  return { requeued: ids.length, results };
}
