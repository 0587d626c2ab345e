import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { startOfUtcDay } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
      tokenId: true,
      createdAt: true,
      owner: { select: { id: true, name: true, active: true } },
    },
  });
}

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

/**
 * The keys that work only while this person is active: what the hand-over page lists, so the
 * admin knows which automations get 401 once they are deactivated. The caller has authorized.
 */
export function listKeysOwnedBy(personId: string, now = new Date(), client: Prisma.TransactionClient = db) {
  return client.apiKey.findMany({
    where: { ownerId: personId, revokedAt: null, expiresOn: { gte: startOfUtcDay(now) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, scope: true, lastUsedAt: true, lastUsedFrom: true },
  });
}
