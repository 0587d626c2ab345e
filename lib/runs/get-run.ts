import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readRunSteps } from "./run-steps";

const runInclude = {
  startedBy: { select: { name: true } },
  finishedBy: { select: { name: true } },
  checks: { include: { checkedBy: { select: { name: true } } }, orderBy: { stepIndex: "asc" } },
} satisfies Prisma.RotationRunInclude;

type RunRecord = Prisma.RotationRunGetPayload<{ include: typeof runInclude }>;

function presentRun(run: RunRecord) {
  const steps = readRunSteps(run.steps);
  const checks = new Map(
    run.checks.map((check) => [check.stepIndex, { by: check.checkedBy.name, at: check.checkedAt }]),
  );
  return {
    id: run.id,
    kind: run.kind,
    status: run.status,
    startedBy: run.startedBy.name,
    startedAt: run.startedAt,
    finishedBy: run.finishedBy?.name ?? null,
    finishedAt: run.finishedAt,
    signOffNote: run.signOffNote,
    reason: run.rollbackReason,
    newExpiresOn: run.newExpiresOn,
    checklist: steps.checklist.map((step, index) => ({ ...step, index, checked: checks.get(index) ?? null })),
    rollback: steps.rollback,
    done: checks.size,
    total: steps.checklist.length,
  };
}

export type RunView = ReturnType<typeof presentRun>;

/** The run in progress for a token, if any, with who ticked which step and when; anyone signed in may follow it. */
export async function getActiveRun(actor: Actor | null, tokenId: string) {
  await authorize(actor, "run.view", isSignedIn, { type: "token", id: tokenId });
  const run = await db.rotationRun.findUnique({ where: { activeTokenId: tokenId }, include: runInclude });
  return run && presentRun(run);
}

/** The token's last finished, rolled-back or abandoned runs, newest first. */
export async function listPastRuns(actor: Actor | null, tokenId: string, take = 10) {
  await authorize(actor, "run.list", isSignedIn, { type: "token", id: tokenId });
  const runs = await db.rotationRun.findMany({
    where: { tokenId, status: { not: "in_progress" } },
    include: runInclude,
    orderBy: { startedAt: "desc" },
    take,
  });
  return runs.map(presentRun);
}
