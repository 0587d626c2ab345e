import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { readSteps } from "@/lib/runbooks/runbook-steps";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { canEditTokens, findEditableToken } from "@/lib/tokens/token-access";
import { parseInput } from "@/lib/validation/parse-input";
import { completeRun } from "./finish-run";
import { runStepsFrom } from "./run-steps";
import { finishRotationSchema, type FinishRunInput } from "./schema";
import { alreadyRunning } from "./start-run";

const noSteps = { generateSteps: [], replaceSteps: [], verifySteps: [], rollbackSteps: [] };

/**
 * A rotation done elsewhere (a CI job through the API): recorded as a rotation run that starts and
 * finishes at once, through the same finish path as a run on the page: new dates, history, audit.
 * Refused while someone's run of the token is in progress.
 */
export async function markRotated(actor: Actor | null, tokenId: string, input: FinishRunInput, now = new Date()) {
  const me = await authorize(actor, "token.mark_rotated", canEditTokens, { type: "token", id: tokenId });
  await refuseSecrets([
    {
      field: "signOffNote",
      label: "Sign-off note",
      value: typeof input?.signOffNote === "string" ? input.signOffNote : undefined,
    },
  ]);
  const replacement = parseInput(finishRotationSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await findEditableToken(tx, me, tokenId, "token.mark_rotated");
      const runbook = await tx.runbook.findUnique({ where: { tokenId } });
      const steps = runStepsFrom(runbook ? readSteps(runbook) : noSteps, "rotation");
      const run = await tx.rotationRun.create({
        data: { tokenId, activeTokenId: tokenId, kind: "rotation", steps, startedById: me.id, startedAt: now },
      });
      return completeRun(tx, me, run, replacement, replacement.signOffNote, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await alreadyRunning(tokenId);
    throw error;
  }
}
