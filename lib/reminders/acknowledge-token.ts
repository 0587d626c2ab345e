import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editableTokensWhere } from "@/lib/tokens/token-access";
import type { AcknowledgementClaim } from "./acknowledgement-link";

/** "I'm on it" on the token page: its owner, its backup or an admin takes on the current due date. */
export async function acknowledgeToken(actor: Actor | null, tokenId: string): Promise<{ dueOn: Date }> {
  const me = await authorize(actor, "reminder.acknowledge", isSignedIn, { type: "token", id: tokenId });
  const token = await db.token.findFirst({
    where: { id: tokenId, ...editableTokensWhere(me) },
    select: { id: true, state: true, expiresOn: true, rotationDueOn: true },
  });
  if (!token) {
    if (await db.token.count({ where: { id: tokenId } }))
      await authorize(me, "reminder.acknowledge", () => false, { type: "token", id: tokenId });
    throw new NotFoundError("That token doesn't exist any more.");
  }
  const dueOn = token.state === "active" ? (token.expiresOn ?? token.rotationDueOn) : null;
  if (!dueOn) throw new InvalidInputError("Nothing is due on this token, so there is nothing to be on.");
  await db.$transaction((tx) => recordAcknowledgement(tx, me, token.id, dueOn));
  return { dueOn };
}

/** "I'm on it" from the link in an email: the signed link names the person, so no sign-in is needed. */
export async function acknowledgeByLink(
  claim: AcknowledgementClaim,
  request: { ipAddress?: string | null; userAgent?: string | null },
) {
  const person = await db.user.findUnique({
    where: { id: claim.personId },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!person?.active) throw new NotFoundError("This link belongs to someone who can no longer use Tokenbook.");
  const token = await db.token.findUnique({
    where: { id: claim.tokenId },
    select: { id: true, ownerId: true, backupId: true },
  });
  if (!token) throw new NotFoundError("That token doesn't exist any more.");
  // Checked when the link is used, not when it was sent: someone who handed the token over no longer speaks for it.
  if (person.role !== "admin" && person.id !== token.ownerId && person.id !== token.backupId) {
    throw new ForbiddenError(
      "You no longer own or back up this token, so this link cannot say you are on it. Its current owner or backup can.",
    );
  }
  const actor: Actor = { id: person.id, email: person.email, name: person.name, role: person.role, ...request };
  await db.$transaction((tx) => recordAcknowledgement(tx, actor, token.id, new Date(`${claim.dueOn}T00:00:00Z`)));
}

/** Records "I'm on it" for a due date, once; also used when someone starts a rotation run. */
export async function recordAcknowledgement(tx: Prisma.TransactionClient, actor: Actor, tokenId: string, dueOn: Date) {
  const [created] = await tx.acknowledgement.createManyAndReturn({
    data: [{ tokenId, dueOn, personId: actor.id }],
    skipDuplicates: true,
  });
  // Pressing it twice is harmless and leaves one record.
  if (created) {
    await recordAudit(tx, {
      actor,
      action: "reminder.acknowledged",
      recordType: "token",
      recordId: tokenId,
      after: { dueOn: dueOn.toISOString().slice(0, 10) },
    });
  }
}
