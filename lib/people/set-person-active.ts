import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { listKeysOwnedBy } from "@/lib/api-keys/list-api-keys";
import { stoppedKeysEmail } from "@/lib/api-keys/stopped-keys-email";
import { queueAlerts } from "@/lib/incidents/queue-alerts";
import { deliverMail } from "@/lib/mail/send-mail";
import { countHeldTokens } from "@/lib/ownership/held-tokens";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import { personSnapshot } from "./person-snapshot";

/**
 * Inside the caller's transaction: deactivates, ends every session at once, revokes every open
 * invitation and sign-in link (so none works again after a reactivation), and audits it. When the
 * person's API keys stop with them, every admin gets one email naming them; its outbox id is added
 * to `mails` for the caller to deliver after the commit.
 */
export async function deactivatePerson(
  tx: Prisma.TransactionClient,
  admin: Actor,
  before: User,
  now: Date,
  mails: string[] = [],
) {
  const stoppedKeys = await listKeysOwnedBy(before.id, now, tx);
  const after = await tx.user.update({ where: { id: before.id }, data: { active: false, deactivatedAt: now } });
  await tx.session.deleteMany({ where: { userId: before.id } });
  const links = await tx.verificationToken.deleteMany({ where: { identifier: before.email } });
  await recordAudit(tx, {
    actor: admin,
    action: "person.deactivated",
    recordType: "person",
    recordId: before.id,
    before: personSnapshot(before),
    after: { ...personSnapshot(after), linksRevoked: links.count },
  });
  if (stoppedKeys.length > 0) {
    const [admins, timeZone] = await Promise.all([
      tx.user.findMany({ where: { role: "admin", active: true }, select: { name: true, email: true, active: true } }),
      readTimeZone(),
    ]);
    const queued = await queueAlerts(
      tx,
      admins,
      (recipient) => stoppedKeysEmail({ person: before, keys: stoppedKeys, timeZone, recipient }),
      { kind: "api-keys-stopped", about: `${before.name} was deactivated` },
    );
    mails.push(...queued.map((mail) => mail.id));
  }
  return after;
}

/**
 * Deactivating ends the person's sessions at once (in the same transaction), and sign-in
 * refuses them from then on. Reactivating lets them ask for a sign-in link again. Someone who
 * still owns or backs up tokens is handed over first (lib/ownership/hand-over-tokens.ts).
 */
export async function setPersonActive(actor: Actor | null, personId: string, active: boolean, now = new Date()) {
  const attempted = active ? "person.reactivate" : "person.deactivate";
  const admin = await authorize(actor, attempted, isAdmin, { type: "person", id: personId });
  if (personId === admin.id && !active) throw new ConflictError("You can't deactivate yourself. Ask another admin.");
  const mails: string[] = [];
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: personId } });
    if (!before) throw new NotFoundError("That person no longer exists.");
    if (before.active === active) return before;
    if (!active) {
      const held = await countHeldTokens(tx, personId);
      if (held > 0)
        throw new ConflictError(
          `${before.name} still owns or backs up ${held === 1 ? "1 token" : `${held} tokens`}. Hand them over to someone first.`,
        );
      return deactivatePerson(tx, admin, before, now, mails);
    }
    const after = await tx.user.update({ where: { id: personId }, data: { active: true, deactivatedAt: null } });
    await recordAudit(tx, {
      actor: admin,
      action: "person.reactivated",
      recordType: "person",
      recordId: personId,
      before: personSnapshot(before),
      after: personSnapshot(after),
    });
    return after;
  });
  await Promise.all(mails.map((id) => deliverMail(id)));
  return changed;
}
