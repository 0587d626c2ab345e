import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Tokens someone still answers for: retired ones need nobody. */
export const openTokensWhere: Prisma.TokenWhereInput = { state: { not: "retired" } };
/** The same condition for raw SQL over `tokens` aliased `t`. */
export const openTokensSql = Prisma.sql`t.state <> 'retired'`;

export const heldTokensWhere = (personId: string): Prisma.TokenWhereInput => ({
  ...openTokensWhere,
  OR: [{ ownerId: personId }, { backupId: personId }],
});

/** How many open tokens a person owns or backs up; deactivating them must hand these over first. */
export const countHeldTokens = (tx: Prisma.TransactionClient, personId: string) =>
  tx.token.count({ where: heldTokensWhere(personId) });

/** Open tokens owned or backed up, per person id, for the People page. */
export async function countHeldTokensByPerson(actor: Actor | null) {
  await authorize(actor, "ownership.count_held", isAdmin);
  const [owned, backed] = await Promise.all([
    db.token.groupBy({ by: ["ownerId"], where: openTokensWhere, _count: { _all: true } }),
    db.token.groupBy({
      by: ["backupId"],
      where: { ...openTokensWhere, backupId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map<string, number>();
  const add = (personId: string | null, count: number) =>
    personId && counts.set(personId, (counts.get(personId) ?? 0) + count);
  for (const row of owned) add(row.ownerId, row._count._all);
  for (const row of backed) add(row.backupId, row._count._all);
  return counts;
}
