import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { canEditTokens } from "@/lib/tokens/token-access";
import { findEditableRun } from "./run-access";
import { readRunSteps } from "./run-steps";

/**
 * Ticks (or unticks) one step on the server with who and when, so a closed tab, another device or
 * the backup carries on from the same place. Ticking an already ticked step keeps the first tick.
 */
export async function setStepChecked(
  actor: Actor | null,
  runId: string,
  stepIndex: number,
  checked: boolean,
  now = new Date(),
) {
  const me = await authorize(actor, "run.tick", canEditTokens, { type: "run", id: runId });
  return db.$transaction(async (tx) => {
    const run = await findEditableRun(tx, me, runId, "run.tick");
    const total = readRunSteps(run.steps).checklist.length;
    if (!Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex >= total)
      throw new InvalidInputError("That step is not part of this run. Reload the page.");
    const { count } = checked
      ? await tx.runStepCheck.createMany({
          data: [{ runId, stepIndex, checkedById: me.id, checkedAt: now }],
          skipDuplicates: true,
        })
      : await tx.runStepCheck.deleteMany({ where: { runId, stepIndex } });
    if (count > 0) {
      await recordAudit(tx, {
        actor: me,
        action: checked ? "run.step_checked" : "run.step_unchecked",
        recordType: "run",
        recordId: runId,
        after: { step: stepIndex + 1, of: total },
      });
    }
    const done = await tx.runStepCheck.count({ where: { runId } });
    return { done, total };
  });
}
