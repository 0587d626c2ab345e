import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editableTokensWhere } from "@/lib/tokens/token-access";

/**
 * An in-progress run of a token the actor may change. The right to the token is part of the query;
 * a run that exists but is not theirs is an audited refusal.
 */
export async function findEditableRun(tx: Prisma.TransactionClient, actor: Actor, runId: string, attempted: string) {
  const run = await tx.rotationRun.findFirst({
    where: { id: runId, token: editableTokensWhere(actor) },
    include: { checks: true, token: { select: { state: true } } },
  });
  if (!run) {
    if (await tx.rotationRun.count({ where: { id: runId } }))
      await authorize(actor, attempted, () => false, { type: "run", id: runId });
    throw new NotFoundError("That run no longer exists.");
  }
  if (run.status !== "in_progress" && run.token.state === "retired") {
    throw new ConflictError(
      "This token was retired while the run was open, so the run ended and nothing was changed. The token stays retired.",
    );
  }
  if (run.status !== "in_progress")
    throw new ConflictError(
      "This run has already ended; someone finished, rolled back or abandoned it. Reload the page to see where things stand.",
    );
  return run;
}

/** Ends a run only if it is still in progress, so two people finishing at once cannot both succeed. */
export async function endRun(
  tx: Prisma.TransactionClient,
  runId: string,
  data: Prisma.RotationRunUncheckedUpdateManyInput,
) {
  const { count } = await tx.rotationRun.updateMany({
    where: { id: runId, status: "in_progress" },
    data: { ...data, activeTokenId: null },
  });
  if (count === 0)
    throw new ConflictError("This run has just been ended by someone else. Reload the page to see where things stand.");
}
