import { db } from "@/lib/db";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordUnbuiltMail } from "@/lib/mail/record-unbuilt-mail";
import { queueMail } from "@/lib/mail/send-mail";
import type { ReminderAdmin } from "./list-reminder-admins";
import { reminderEmail, type ReminderMailToken } from "./reminder-email";
import { kindWords } from "./reminder-words";

export type ReminderClaim = {
  tokenId: string;
  kind: ReminderKind;
  dueOn: Date;
  step: string;
  recipientId: string;
  digest: boolean;
};
type ClaimedRow = { id: string; tokenId: string; kind: ReminderKind; dueOn: Date; step: string; recipientId: string };
type Recipient = { id: string; name: string; email: string };

const person = { select: { id: true, name: true, email: true } } as const;

/**
 * Claims a batch of reminders and queues their emails, so that one bad item never holds back the
 * others: an email that cannot be written is kept failed in the Outbox with its reason, and when
 * the batch's transaction fails anyway, each reminder is claimed on its own and only the culprit fails.
 * Returns the queued outbox ids, to deliver after commit.
 */
export async function claimReminders(
  claims: ReminderClaim[],
  admins: ReminderAdmin[],
  now: Date,
  today: Date,
): Promise<string[]> {
  try {
    return await claimBatch(claims, admins, now, today);
  } catch (error) {
    if (claims.length === 1) {
      await recordClaimFailure(claims[0], error);
      return [];
    }
    const queued: string[] = [];
    for (const claim of claims) queued.push(...(await claimReminders([claim], admins, now, today)));
    return queued;
  }
}

/**
 * Inserts one delivery row per claim; the unique (token, kind, due date, step, recipient) decides
 * who wins, so a step already claimed by an earlier run or another instance is skipped. Each new
 * row's email is queued in the same transaction: claim and email commit together or not at all.
 * Digest readers' rows wait for their daily email. Emails speak of `today`, the organisation's date.
 */
async function claimBatch(claims: ReminderClaim[], admins: ReminderAdmin[], now: Date, today: Date): Promise<string[]> {
  const digest = new Set(claims.filter((claim) => claim.digest).map(claimKey));
  return db.$transaction(
    async (tx) => {
      const created = await tx.reminderDelivery.createManyAndReturn({
        // Claimed "at now", so a digest reader's reminder waits for the first digest after it, on the same clock.
        data: claims.map(({ tokenId, kind, dueOn, step, recipientId }) => ({
          tokenId,
          kind,
          dueOn,
          step,
          recipientId,
          status: "claimed" as const,
          createdAt: now,
        })),
        skipDuplicates: true,
        select: { id: true, tokenId: true, kind: true, dueOn: true, step: true, recipientId: true },
      });
      const toSend = created.filter((row) => !digest.has(claimKey(row)));
      if (toSend.length === 0) return [];
      const tokens = await loadMailTokens(
        tx,
        toSend.map((row) => row.tokenId),
      );
      const people = await tx.user.findMany({
        where: { id: { in: toSend.map((row) => row.recipientId) } },
        select: { id: true, name: true, email: true },
      });
      const recipients = new Map(people.map((recipient) => [recipient.id, recipient]));
      const links: { deliveryId: string; outboxId: string; queued: boolean }[] = [];
      for (const row of toSend) {
        const recipient = recipients.get(row.recipientId);
        const outbox = await queueReminder(tx, row, tokens.get(row.tokenId), recipient, admins, today);
        links.push({ deliveryId: row.id, ...outbox });
      }
      await tx.$executeRaw`
        UPDATE reminder_deliveries r SET outbox_message_id = link.outbox_id
        FROM unnest(${links.map((link) => link.deliveryId)}::text[], ${links.map((link) => link.outboxId)}::text[]) AS link(delivery_id, outbox_id)
        WHERE r.id = link.delivery_id`;
      return links.filter((link) => link.queued).map((link) => link.outboxId);
    },
    // Another instance inserting the same rows makes this one wait for its commit, not fail.
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** Writes and queues one reminder; one that cannot be written is stored failed, with the reason, instead. */
async function queueReminder(
  tx: Prisma.TransactionClient,
  row: ClaimedRow,
  token: ReminderMailToken | undefined,
  recipient: Recipient | undefined,
  admins: ReminderAdmin[],
  today: Date,
): Promise<{ outboxId: string; queued: boolean }> {
  try {
    if (!recipient) throw new Error("the person it was for no longer exists.");
    if (!token) throw new Error("the token no longer exists.");
    const { subject, text, html } = reminderEmail(
      { kind: row.kind, dueOn: row.dueOn, token, recipient, admins },
      today,
    );
    const message = await queueMail({ to: recipient.email, subject, text, html, kind: "reminder" }, tx);
    return { outboxId: message.id, queued: true };
  } catch (error) {
    const failed = await recordUnbuiltMail(
      { to: recipient?.email ?? "unknown recipient", kind: "reminder", about: reminderAbout(row, token), error },
      tx,
    );
    return { outboxId: failed.id, queued: false };
  }
}

/**
 * Last resort when even a single reminder's transaction fails: its step is recorded as failed, with
 * the reason in the Outbox, so it is visible and not tried again every sweep. Never throws.
 */
async function recordClaimFailure(claim: ReminderClaim, error: unknown): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const { tokenId, kind, dueOn, step, recipientId } = claim;
      const [row] = await tx.reminderDelivery.createManyAndReturn({
        data: [{ tokenId, kind, dueOn, step, recipientId, status: "failed" }],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!row) return;
      const recipient = await tx.user.findUnique({ where: { id: recipientId }, select: { email: true } });
      const token = await tx.token.findUnique({ where: { id: tokenId }, select: { name: true } });
      const failed = await recordUnbuiltMail(
        {
          to: recipient?.email ?? "unknown recipient",
          kind: "reminder",
          about: reminderAbout(claim, token ?? undefined),
          error,
        },
        tx,
      );
      await tx.reminderDelivery.update({ where: { id: row.id }, data: { outboxMessageId: failed.id } });
    });
  } catch (recordError) {
    console.error(`Reminder ${claimKey(claim)} failed and could not be recorded:`, error, recordError);
  }
}

const reminderAbout = (row: { kind: ReminderKind; dueOn: Date }, token?: { name: string }) =>
  `${kindWords[row.kind]} reminder for ${token?.name ?? "a token"} (${row.dueOn.toISOString().slice(0, 10)})`;

export const claimKey = (claim: { tokenId: string; kind: string; dueOn: Date; step: string; recipientId: string }) =>
  `${claim.tokenId}|${claim.kind}|${claim.dueOn.toISOString().slice(0, 10)}|${claim.step}|${claim.recipientId}`;

/** What a reminder email says about each token. */
export async function loadMailTokens(
  tx: Prisma.TransactionClient,
  ids: string[],
): Promise<Map<string, ReminderMailToken>> {
  const tokens = await tx.token.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: {
      id: true,
      name: true,
      service: true,
      owner: person,
      backup: person,
      dependents: { select: { name: true }, orderBy: { position: "asc" } },
    },
  });
  return new Map(
    tokens.map((token) => [token.id, { ...token, dependents: token.dependents.map((dependent) => dependent.name) }]),
  );
}
