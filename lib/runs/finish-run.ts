import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { canEditTokens } from "@/lib/tokens/token-access";
import { tokenSnapshot, tokenWithRelations } from "@/lib/tokens/token-snapshot";
import { startOfUtcDay } from "@/lib/dates/calendar-day";
import { parseInput } from "@/lib/validation/parse-input";
import { endRun, findEditableRun } from "./run-access";
import { readRunSteps } from "./run-steps";
import { finishPracticeSchema, finishRotationSchema, type FinishRunInput } from "./schema";

const asDay = (day: string) => new Date(`${day}T00:00:00Z`);
const finishedActions = {
  rotation: "token.rotated",
  emergency: "token.replaced_after_leak",
  practice: "runbook.tested",
} as const;

function checkAllTicked(run: { steps: Prisma.JsonValue; checks: unknown[] }) {
  const left = readRunSteps(run.steps).checklist.length - run.checks.length;
  if (left > 0)
    throw new InvalidInputError(
      `Tick every step before finishing: ${left === 1 ? "1 step is" : `${left} steps are`} not ticked yet.`,
    );
}

function replacementChanges(
  parsed: z.output<typeof finishRotationSchema>,
  state: string,
  now: Date,
): Prisma.TokenUpdateInput {
  const today = startOfUtcDay(now);
  if (parsed.newExpiresOn && asDay(parsed.newExpiresOn) <= today) {
    throw new InvalidInputError("Some details need fixing; nothing was saved.", {
      newExpiresOn: "The new expiry date must be after today. Check the date the provider shows.",
    });
  }
  // A finished replacement puts a new, working token in place: whatever was revoked is behind it.
  return {
    expiresOn: parsed.newExpiresOn ? asDay(parsed.newExpiresOn) : null,
    issuedOn: parsed.newIssuedOn ? asDay(parsed.newIssuedOn) : today,
    lastRotatedOn: today,
    ...(state !== "active" ? { state: "active", stateChangedAt: now } : {}),
  };
}

type OpenRun = { id: string; tokenId: string; kind: keyof typeof finishedActions; startedById: string };
type Replacement = z.output<typeof finishRotationSchema>;

/**
 * The end of every run, from the run page or the API's "mark rotated", inside the caller's
 * transaction: the token's new dates (or, for a practice run, only "runbook last tested"), the run
 * closed, and the history. A leaked token must be marked revoked before its replacement is signed off.
 */
export async function completeRun(
  tx: Prisma.TransactionClient,
  me: Actor,
  run: OpenRun,
  replacement: Replacement | null,
  signOffNote: string,
  now: Date,
) {
  const practice = run.kind === "practice";
  const before = await tx.token.findUniqueOrThrow({ where: { id: run.tokenId }, include: tokenWithRelations });
  // Finishing never brings a retired token back to life.
  if (before.state === "retired")
    throw new ConflictError(
      "This token was retired while the run was open, so the run can't be finished and nothing was changed.",
    );
  if (!practice && before.state === "compromised") {
    throw new ConflictError(
      "The leaked token has not been marked revoked yet. Switch it off at the provider and press “Mark revoked” first; then finish here.",
    );
  }
  const changes = replacement ? replacementChanges(replacement, before.state, now) : { runbookTestedAt: now };
  const token = await tx.token.update({ where: { id: run.tokenId }, data: changes, include: tokenWithRelations });
  await endRun(tx, run.id, {
    status: "completed",
    finishedById: me.id,
    finishedAt: now,
    signOffNote,
    newExpiresOn: practice ? null : token.expiresOn,
    newIssuedOn: practice ? null : token.issuedOn,
  });
  const startedBy = await tx.user.findUniqueOrThrow({ where: { id: run.startedById }, select: { name: true } });
  await recordAudit(tx, {
    actor: me,
    action: finishedActions[run.kind],
    recordType: "token",
    recordId: token.id,
    before: tokenSnapshot(before),
    after: {
      ...tokenSnapshot(token),
      runbookTestedAt: token.runbookTestedAt?.toISOString() ?? null,
      run: run.id,
      startedBy: startedBy.name,
      finishedBy: me.name,
      signOffNote,
    },
  });
  return { token, kind: run.kind };
}

/** Finishes a run whose steps are all ticked, in one transaction. */
export async function finishRun(actor: Actor | null, runId: string, input: FinishRunInput, now = new Date()) {
  const me = await authorize(actor, "run.finish", canEditTokens, { type: "run", id: runId });
  await refuseSecrets([{ field: "signOffNote", label: "Sign-off note", value: input?.signOffNote }]);
  return db.$transaction(async (tx) => {
    const run = await findEditableRun(tx, me, runId, "run.finish");
    const replacement = run.kind === "practice" ? null : parseInput(finishRotationSchema, input);
    const { signOffNote } = replacement ?? parseInput(finishPracticeSchema, input);
    checkAllTicked(run);
    return completeRun(tx, me, run, replacement, signOffNote, now);
  });
}
