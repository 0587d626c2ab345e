import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { personSnapshot } from "./person-snapshot";

/**
 * Deactivating ends the person's sessions at once (in the same transaction), and sign-in
 * refuses them from then on. Reactivating lets them ask for a sign-in link again.
 */
export async function setPersonActive(actor: Actor | null, personId: string, active: boolean, now = new Date()) {
  const attempted = active ? "person.reactivate" : "person.deactivate";
  const admin = await authorize(actor, attempted, isAdmin, { type: "person", id: personId });
  if (personId === admin.id && !active) throw new ConflictError("You can't deactivate yourself. Ask another admin.");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: personId } });
    if (!before) throw new NotFoundError("That person no longer exists.");
    if (before.active === active) return before;
    const after = await tx.user.update({ where: { id: personId }, data: { active, deactivatedAt: active ? null : now } });
    if (!active) await tx.session.deleteMany({ where: { userId: personId } });
    await recordAudit(tx, {
      actor: admin,
      action: active ? "person.reactivated" : "person.deactivated",
      recordType: "person",
      recordId: personId,
      before: personSnapshot(before),
      after: personSnapshot(after),
    });
    return after;
  });
}
