import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { formatDateTime } from "@/lib/dates/format-date";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError } from "@/lib/errors";
import type { RunKind } from "@/lib/generated/prisma/enums";
import { recordAcknowledgement } from "@/lib/reminders/acknowledge-token";
import { readSteps } from "@/lib/runbooks/runbook-steps";
import { canEditTokens, findEditableToken } from "@/lib/tokens/token-access";
import { allowedRunKinds, runKindWords } from "./run-kinds";
import { runStepsFrom } from "./run-steps";

function refusalFor(token: { state: string; compromisedAt: Date | null }, kind: RunKind) {
  if (token.state === "retired") return "This token is retired; nothing needs replacing.";
  if (kind === "emergency") return "An emergency replacement is only for a token that was reported as compromised.";
  if (token.compromisedAt)
    return "This token was reported as compromised: follow the emergency path instead (switch it off first, then replace it).";
  return "This token is revoked: start a rotation to replace it, not a practice run.";
}

export async function alreadyRunning(tokenId: string) {
  const run = await db.rotationRun.findUnique({
    where: { activeTokenId: tokenId },
    include: { startedBy: { select: { name: true } } },
  });
  const who = run
    ? `${run.startedBy.name} started a ${runKindWords[run.kind].noun} of this token on ${formatDateTime(run.startedAt, await readTimeZone())}`
    : "Someone has just started a run of this token";
  return new ConflictError(
    `${who}, and it is still in progress. Only one can run at a time: open it to carry on where it is, or ask them.`,
  );
}

/**
 * Owner, backup or admin starts a run: the runbook's steps are copied into it. The database allows
 * one in-progress run per token (activeTokenId is unique), so a second start at the same moment fails.
 */
export async function startRun(actor: Actor | null, tokenId: string, kind: RunKind, now = new Date()) {
  const me = await authorize(actor, "run.start", canEditTokens, { type: "token", id: tokenId });
  try {
    return await db.$transaction(async (tx) => {
      const token = await findEditableToken(tx, me, tokenId, "run.start");
      if (!allowedRunKinds(token).includes(kind)) throw new ConflictError(refusalFor(token, kind));
      const runbook = await tx.runbook.findUnique({ where: { tokenId } });
      if (!runbook) throw new ConflictError("This token has no runbook yet. Start one from a template first.");
      const steps = runStepsFrom(readSteps(runbook), kind);
      const run = await tx.rotationRun.create({
        data: { tokenId, activeTokenId: tokenId, kind, steps, startedById: me.id, startedAt: now },
      });
      await recordAudit(tx, {
        actor: me,
        action: `run.${kind}_started`,
        recordType: "token",
        recordId: tokenId,
        after: { run: run.id, kind, steps: steps.checklist.length },
      });
      // Replacing it is being on it: admins are not told "nobody is on it" while a run is under way.
      if (kind !== "practice" && token.expiresOn) await recordAcknowledgement(tx, me, tokenId, token.expiresOn);
      return run;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await alreadyRunning(tokenId);
    throw error;
  }
}
