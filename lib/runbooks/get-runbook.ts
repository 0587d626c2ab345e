import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { getToken } from "@/lib/tokens/get-token";
import { readSteps } from "./runbook-steps";

/** A token's runbook for anyone signed in (null when none is written yet), with whether the actor may change it. */
export async function getRunbook(actor: Actor | null, tokenId: string) {
  await authorize(actor, "runbook.view", isSignedIn, { type: "token", id: tokenId });
  const { token, editable } = await getToken(actor, tokenId);
  const runbook = await db.runbook.findUnique({ where: { tokenId } });
  return {
    token,
    editable: editable && token.state !== "retired",
    runbook: runbook && { ...readSteps(runbook), templateName: runbook.templateName, updatedAt: runbook.updatedAt },
  };
}
