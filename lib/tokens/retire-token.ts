import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { canEditTokens, findEditableToken } from "./token-access";
import { tokenSnapshot, tokenWithRelations } from "./token-snapshot";

/** A retired token stays on record with its history, but no longer needs anything. */
export async function retireToken(actor: Actor | null, tokenId: string, now = new Date()) {
  const me = await authorize(actor, "token.retire", canEditTokens, { type: "token", id: tokenId });
  return db.$transaction(async (tx) => {
    const before = await findEditableToken(tx, me, tokenId, "token.retire");
    if (before.state === "retired") throw new ConflictError("This token is already retired.");
    const token = await tx.token.update({
      where: { id: tokenId },
      data: { state: "retired", stateChangedAt: now },
      include: tokenWithRelations,
    });
    await recordAudit(tx, {
      actor: me,
      action: "token.retired",
      recordType: "token",
      recordId: tokenId,
      before: tokenSnapshot(before),
      after: tokenSnapshot(token),
    });
    // A retired token needs nothing more: a run still open on it ends here, so nobody finishes it later.
    const reason = "The token was retired while this run was open.";
    const open = await tx.rotationRun.findMany({
      where: { tokenId, status: "in_progress" },
      select: { id: true, kind: true, checks: { select: { id: true } } },
    });
    for (const run of open) {
      await tx.rotationRun.updateMany({
        where: { id: run.id, status: "in_progress" },
        data: {
          status: "abandoned",
          finishedById: me.id,
          finishedAt: now,
          rollbackReason: reason,
          activeTokenId: null,
        },
      });
      await recordAudit(tx, {
        actor: me,
        action: "run.abandoned",
        recordType: "token",
        recordId: tokenId,
        after: { run: run.id, kind: run.kind, reason, stepsDone: run.checks.length },
      });
    }
    return token;
  });
}
