import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tokenWithRelations } from "./token-snapshot";

/** Admins change any token; editors only the tokens they own or back up; viewers none. */
export function editableTokensWhere(actor: Actor): Prisma.TokenWhereInput {
  if (actor.role === "admin") return {};
  if (actor.role === "editor") return { OR: [{ ownerId: actor.id }, { backupId: actor.id }] };
  return { id: { in: [] } };
}

/** Whether the actor may change this (existing) token; a viewer never may, so no statement is sent for them. */
export async function mayEditToken(actor: Actor, tokenId: string): Promise<boolean> {
  if (!canEditTokens(actor)) return false;
  return (await db.token.count({ where: { id: tokenId, ...editableTokensWhere(actor) } })) === 1;
}

export const canEditTokens = (actor: Actor) => actor.role === "admin" || actor.role === "editor";

/**
 * The token, if the actor may change it. A token that exists but is not theirs is a refusal
 * (audited); one that does not exist is "not found".
 */
export async function findEditableToken(
  tx: Prisma.TransactionClient,
  actor: Actor,
  tokenId: string,
  attempted: string,
) {
  const token = await tx.token.findFirst({
    where: { id: tokenId, ...editableTokensWhere(actor) },
    include: tokenWithRelations,
  });
  if (token) return token;
  if (await tx.token.count({ where: { id: tokenId } }))
    await authorize(actor, attempted, () => false, { type: "token", id: tokenId });
  throw new NotFoundError("That token no longer exists.");
}
