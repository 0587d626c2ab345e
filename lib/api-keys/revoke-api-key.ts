import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { revokeKeyToken } from "./key-inventory-token";
import { apiKeySnapshot, canManageApiKeys, manageableApiKeysWhere } from "./api-key-access";

/**
 * One click: the key stops working at once, and its token in the inventory is marked revoked. Revoking a revoked key
 * changes nothing.
 */
export async function revokeApiKey(actor: Actor | null, apiKeyId: string, now = new Date()) {
  const me = await authorize(actor, "api_key.revoke", canManageApiKeys, { type: "api_key", id: apiKeyId });
  return db.$transaction(async (tx) => {
    const before = await tx.apiKey.findFirst({ where: { id: apiKeyId, ...manageableApiKeysWhere(me) } });
    if (!before) {
      if (await tx.apiKey.count({ where: { id: apiKeyId } }))
        await authorize(me, "api_key.revoke", () => false, { type: "api_key", id: apiKeyId });
      throw new NotFoundError("That key no longer exists.");
    }
    if (before.revokedAt) return before;
    const claimed = await tx.apiKey.updateMany({ where: { id: apiKeyId, revokedAt: null }, data: { revokedAt: now } });
    const after = await tx.apiKey.findUniqueOrThrow({ where: { id: apiKeyId } });
    if (claimed.count === 1) {
      await recordAudit(tx, {
        actor: me,
        action: "api_key.revoked",
        recordType: "api_key",
        recordId: apiKeyId,
        before: apiKeySnapshot(before),
        after: apiKeySnapshot(after),
      });
      await revokeKeyToken(tx, me, after.tokenId, now);
    }
    return after;
  });
}
