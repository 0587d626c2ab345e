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
    const token = await tx.token.update({ where: { id: tokenId }, data: { state: "retired", stateChangedAt: now }, include: tokenWithRelations });
    await recordAudit(tx, { actor: me, action: "token.retired", recordType: "token", recordId: tokenId, before: tokenSnapshot(before), after: tokenSnapshot(token) });
    return token;
  });
}
