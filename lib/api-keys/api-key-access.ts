import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Admins manage every API key; editors the keys they own or made; viewers none. */
export function manageableApiKeysWhere(actor: Actor): Prisma.ApiKeyWhereInput {
  if (actor.role === "admin") return {};
  if (actor.role === "editor") return { OR: [{ ownerId: actor.id }, { createdById: actor.id }] };
  return { id: { in: [] } };
}

export const canManageApiKeys = (actor: Actor) => actor.role === "admin" || actor.role === "editor";

/** What the audit log and the list keep of a key: never the key or its hash. */
export const apiKeySnapshot = (key: {
  name: string;
  prefix: string;
  scope: string;
  ownerId: string;
  expiresOn: Date;
  revokedAt: Date | null;
}) => ({
  name: key.name,
  prefix: key.prefix,
  scope: key.scope,
  ownerId: key.ownerId,
  expiresOn: key.expiresOn.toISOString().slice(0, 10),
  revokedAt: key.revokedAt?.toISOString() ?? null,
});
