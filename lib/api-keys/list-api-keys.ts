import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { canManageApiKeys, manageableApiKeysWhere } from "./api-key-access";

/** The keys the person may manage, newest first; never the key or its hash. */
export async function listApiKeys(actor: Actor | null) {
  const me = await authorize(actor, "api_key.list", canManageApiKeys);
  return db.apiKey.findMany({
    where: manageableApiKeysWhere(me),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      expiresOn: true,
      revokedAt: true,
      lastUsedAt: true,
      lastUsedFrom: true,
      createdAt: true,
      owner: { select: { id: true, name: true, active: true } },
    },
  });
}

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];
