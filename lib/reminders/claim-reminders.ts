import { db } from "@/lib/db";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/send-mail";
import type { ReminderAdmin } from "./list-reminder-admins";
import { reminderEmail, type ReminderMailToken } from "./reminder-email";

export type ReminderClaim = { tokenId: string; kind: ReminderKind; dueOn: Date; step: string; recipientId: string; digest: boolean };

const person = { select: { id: true, name: true, email: true } } as const;

/**
 * Inserts one delivery row per claim; the unique (token, kind, due date, step, recipient) decides
 * who wins, so a step already claimed by an earlier run or another instance is skipped. Each new
 * row's email is queued in the same transaction: claim and email commit together or not at all.
 * Digest readers' rows wait for their daily email. Returns the queued outbox ids, to deliver after commit.
 */
export async function claimReminders(claims: ReminderClaim[], admins: ReminderAdmin[], now: Date): Promise<string[]> {
  const digest = new Set(claims.filter((claim) => claim.digest).map(claimKey));
  return db.$transaction(
    async (tx) => {
      const created = await tx.reminderDelivery.createManyAndReturn({
        data: claims.map(({ tokenId, kind, dueOn, step, recipientId }) => ({ tokenId, kind, dueOn, step, recipientId, status: "claimed" as const })),
        skipDuplicates: true,
        select: { id: true, tokenId: true, kind: true, dueOn: true, step: true, recipientId: true },
      });
      const toSend = created.filter((row) => !digest.has(claimKey(row)));
      if (toSend.length === 0) return [];
      const tokens = await loadMailTokens(tx, toSend.map((row) => row.tokenId));
      const people = await tx.user.findMany({ where: { id: { in: toSend.map((row) => row.recipientId) } }, select: { id: true, name: true, email: true } });
      const recipients = new Map(people.map((recipient) => [recipient.id, recipient]));
      const links: { deliveryId: string; outboxId: string }[] = [];
      for (const row of toSend) {
        const recipient = recipients.get(row.recipientId)!;
        const { subject, text, html } = reminderEmail({ kind: row.kind, dueOn: row.dueOn, token: tokens.get(row.tokenId)!, recipient, admins }, now);
        const message = await queueMail({ to: recipient.email, subject, text, html, kind: "reminder" }, tx);
        links.push({ deliveryId: row.id, outboxId: message.id });
      }
      await tx.$executeRaw`
        UPDATE reminder_deliveries r SET outbox_message_id = link.outbox_id
        FROM unnest(${links.map((link) => link.deliveryId)}::text[], ${links.map((link) => link.outboxId)}::text[]) AS link(delivery_id, outbox_id)
        WHERE r.id = link.delivery_id`;
      return links.map((link) => link.outboxId);
    },
    // Another instance inserting the same rows makes this one wait for its commit, not fail.
    { maxWait: 10_000, timeout: 60_000 },
  );
}

export const claimKey = (claim: { tokenId: string; kind: string; dueOn: Date; step: string; recipientId: string }) =>
  `${claim.tokenId}|${claim.kind}|${claim.dueOn.toISOString().slice(0, 10)}|${claim.step}|${claim.recipientId}`;

/** What a reminder email says about each token. */
export async function loadMailTokens(tx: Prisma.TransactionClient, ids: string[]): Promise<Map<string, ReminderMailToken>> {
  const tokens = await tx.token.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, service: true, owner: person, backup: person, dependents: { select: { name: true }, orderBy: { position: "asc" } } },
  });
  return new Map(tokens.map((token) => [token.id, { ...token, dependents: token.dependents.map((dependent) => dependent.name) }]));
}
