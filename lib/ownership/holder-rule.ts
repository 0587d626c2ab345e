import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { personSnapshot } from "@/lib/people/person-snapshot";
import { promoteLabel } from "./field-labels";

/**
 * One rule for who can hold a token: owner and backup must be able to act on it (editors and
 * admins). A viewer would get reminders they cannot act on, and be refused when they try.
 */
export const canHoldTokens = (role: Role) => role === "editor" || role === "admin";

/** Why a viewer can't be chosen, in the words the forms show next to the field. */
export function viewerHolderMessage(name: string, place: string, actorIsAdmin: boolean) {
  const fix = actorIsAdmin
    ? `Choose an editor or admin, or tick “${promoteLabel}”.`
    : "Choose an editor or admin, or ask an admin to make them an editor.";
  return `${name} is a viewer, and viewers can't change tokens, so they couldn't act on its reminders as ${place}. ${fix}`;
}

/** Tokens whose owner or backup cannot act on them (data from before the rule): listed until fixed. */
export const heldByViewerWhere: Prisma.TokenWhereInput = {
  OR: [{ owner: { role: "viewer" } }, { backup: { role: "viewer" } }],
};

/**
 * Inside the caller's transaction: an admin who ticked "Make them an editor" promotes the chosen
 * viewers in the same step, audited like any role change. Anyone else promotes nobody.
 */
export async function promoteViewersToEditors(tx: Prisma.TransactionClient, actor: Actor, personIds: string[]) {
  if (actor.role !== "admin" || personIds.length === 0) return [];
  const viewers = await tx.user.findMany({ where: { id: { in: personIds }, role: "viewer", active: true } });
  for (const before of viewers) {
    const after = await tx.user.update({ where: { id: before.id }, data: { role: "editor" } });
    await recordAudit(tx, {
      actor,
      action: "person.role_changed",
      recordType: "person",
      recordId: before.id,
      before: personSnapshot(before),
      after: personSnapshot(after),
    });
  }
  return viewers.map((viewer) => viewer.id);
}
