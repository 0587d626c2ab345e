import { recordAudit } from "@/lib/audit/record-audit";
import { refuseOutOfDateSave } from "@/lib/audit/refuse-out-of-date-save";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { canHoldTokens } from "@/lib/ownership/holder-rule";
import { countHeldTokens } from "@/lib/ownership/held-tokens";
import { personSnapshot } from "./person-snapshot";
import { changeRoleSchema } from "./schema";

/** `openedRole`: the role the People page showed; a change from a page opened before another admin's is refused. */
export async function changeRole(actor: Actor | null, input: { personId: string; role: string; openedRole: string }) {
  const admin = await authorize(actor, "person.change_role", isAdmin, { type: "person", id: input.personId });
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError("Choose one of the roles: admin, editor or viewer.");
  const { personId, role } = parsed.data;
  if (personId === admin.id) throw new ConflictError("You can't change your own role. Ask another admin.");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: personId } });
    if (!before) throw new NotFoundError("That person no longer exists.");
    await refuseOutOfDateSave(
      tx,
      {
        recordType: "person",
        recordId: personId,
        actions: "person.role",
        what: `${before.name}'s role`,
        current: before.role,
      },
      input.openedRole,
    );
    if (!canHoldTokens(role)) {
      const held = await countHeldTokens(tx, personId);
      if (held > 0) {
        const tokens = held === 1 ? "1 token" : `${held} tokens`;
        throw new ConflictError(
          `${before.name} still owns or backs up ${tokens}, and viewers can't act on tokens. Hand ${held === 1 ? "it" : "them"} over to someone else first (Ownership page), then change the role.`,
        );
      }
    }
    const after = await tx.user.update({ where: { id: personId }, data: { role } });
    await recordAudit(tx, {
      actor: admin,
      action: "person.role_changed",
      recordType: "person",
      recordId: personId,
      before: personSnapshot(before),
      after: personSnapshot(after),
    });
    return after;
  });
}
