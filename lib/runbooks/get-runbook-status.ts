import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { getActiveRun } from "@/lib/runs/get-run";

/** What the token page shows about the runbook: whether one exists and any run in progress. */
export async function getRunbookStatus(actor: Actor | null, tokenId: string) {
  await authorize(actor, "runbook.view", isSignedIn, { type: "token", id: tokenId });
  const [runbooks, activeRun] = await Promise.all([
    db.runbook.count({ where: { tokenId } }),
    getActiveRun(actor, tokenId),
  ]);
  return { hasRunbook: runbooks > 0, activeRun };
}
