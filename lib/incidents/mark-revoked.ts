import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { canEditTokens, findEditableToken } from "@/lib/tokens/token-access";
import { type TokenWithRelations, tokenSnapshot, tokenWithRelations } from "@/lib/tokens/token-snapshot";
import { parseInput } from "@/lib/validation/parse-input";
import { revokeReasonLabel } from "./field-labels";
import { markRevokedSchema } from "./schema";
import { describeTimeToRevoke } from "./time-to-revoke";

/** Owner, backup or admin records that the token was switched off at the provider: when, and why. */
export async function markRevoked(actor: Actor | null, tokenId: string, input: { reason?: string }, now = new Date()) {
  const me = await authorize(actor, "token.revoke", canEditTokens, { type: "token", id: tokenId });
  await refuseSecrets([{ field: "reason", label: revokeReasonLabel, value: input?.reason }]);
  const { reason } = parseInput(markRevokedSchema, input);
  return db.$transaction(async (tx) => {
    const before = await findEditableToken(tx, me, tokenId, "token.revoke");
    if (before.state === "retired") throw new ConflictError("This token is retired; it no longer needs revoking.");
    if (before.state === "revoked") throw new ConflictError("This token is already marked revoked.");
    return revokeTokenRecord(tx, me, before, reason, now);
  });
}

/** Inside the caller's transaction: the token is marked revoked with its reason, and audited. */
export async function revokeTokenRecord(
  tx: Prisma.TransactionClient,
  me: Actor,
  before: TokenWithRelations,
  reason: string,
  now: Date,
) {
  const token = await tx.token.update({
    where: { id: before.id },
    // Time to revoke is measured only from a report still open; an older incident stays in the history.
    data: {
      state: "revoked",
      stateChangedAt: now,
      revokedAt: now,
      revokeReason: reason,
      ...(before.state === "compromised" ? {} : { compromisedAt: null, compromiseNote: null }),
    },
    include: tokenWithRelations,
  });
  await recordAudit(tx, {
    actor: me,
    action: "token.revoked",
    recordType: "token",
    recordId: before.id,
    before: tokenSnapshot(before),
    after: { ...tokenSnapshot(token), revokeReason: reason, timeToRevoke: describeTimeToRevoke(token) },
  });
  return token;
}
