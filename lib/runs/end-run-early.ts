import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { canEditTokens } from "@/lib/tokens/token-access";
import { parseInput } from "@/lib/validation/parse-input";
import { endRun, findEditableRun } from "./run-access";
import { abandonSchema, rollBackSchema } from "./schema";

type Ending = { status: "rolled_back" | "abandoned"; attempted: string; label: string };
const rolledBack: Ending = { status: "rolled_back", attempted: "run.roll_back", label: "Why you rolled back" };
const abandoned: Ending = { status: "abandoned", attempted: "run.abandon", label: "Why you stopped" };

// The token's dates stay as they were: the old token is (again) the one in use.
async function endEarly(ending: Ending, actor: Actor | null, runId: string, input: { reason?: string }, now: Date) {
  const me = await authorize(actor, ending.attempted, canEditTokens, { type: "run", id: runId });
  await refuseSecrets([{ field: "reason", label: ending.label, value: input?.reason }]);
  const { reason } = parseInput(ending.status === "rolled_back" ? rollBackSchema : abandonSchema, input);
  return db.$transaction(async (tx) => {
    const run = await findEditableRun(tx, me, runId, ending.attempted);
    await endRun(tx, runId, {
      status: ending.status,
      finishedById: me.id,
      finishedAt: now,
      rollbackReason: reason || null,
    });
    await recordAudit(tx, {
      actor: me,
      action: `run.${ending.status}`,
      recordType: "token",
      recordId: run.tokenId,
      after: { run: runId, kind: run.kind, reason: reason || null, stepsDone: run.checks.length },
    });
    return run;
  });
}

/** The new token did not work: the rollback steps were followed; the reason is kept for the next person. */
export const rollBackRun = (actor: Actor | null, runId: string, input: { reason?: string }, now = new Date()) =>
  endEarly(rolledBack, actor, runId, input, now);

/** Stopped before anything changed, e.g. started by mistake. */
export const abandonRun = (actor: Actor | null, runId: string, input: { reason?: string } = {}, now = new Date()) =>
  endEarly(abandoned, actor, runId, input, now);
