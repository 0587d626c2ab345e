import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { formatDateWithDistance } from "@/lib/dates/format-date";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/db-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tokenListSelect } from "@/lib/tokens/list-tokens";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { tokenStatus } from "@/lib/tokens/token-status";
import { openTokensWhere } from "./held-tokens";

export const whoOwnsLimit = 8;

const person = (p: { name: string; email: string; active: boolean } | null) =>
  p ? { name: p.name, email: p.email, active: p.active } : null;

/**
 * "Whose token is this?" from the header: up to 8 tokens whose name, service or dependent matches,
 * those starting with the words first, each with owner, backup, status and expiry in words.
 */
export async function findWhoOwns(actor: Actor | null, query: string, now = new Date()) {
  await authorize(actor, "token.who_owns", isSignedIn);
  const q = query.trim().slice(0, 100);
  if (!q) return { results: [], more: false };
  const starts = { startsWith: likeLiteral(q), mode: "insensitive" as const };
  const contains = { contains: likeLiteral(q), mode: "insensitive" as const };
  const find = (where: Prisma.TokenWhereInput, take: number) =>
    db.token.findMany({
      where: { ...openTokensWhere, ...where },
      select: tokenListSelect,
      orderBy: [{ serviceKey: "asc" }, { nameKey: "asc" }, { id: "asc" }],
      take,
    });
  const first = await find({ OR: [{ service: starts }, { name: starts }] }, whoOwnsLimit + 1);
  const rest =
    first.length > whoOwnsLimit
      ? []
      : await find(
          {
            id: { notIn: first.map((t) => t.id) },
            OR: [{ service: contains }, { name: contains }, { dependents: { some: { name: contains } } }],
          },
          whoOwnsLimit + 1 - first.length,
        );
  const rows = [...first, ...rest];
  const clock = await readStatusClock(now);
  return {
    more: rows.length > whoOwnsLimit,
    results: rows.slice(0, whoOwnsLimit).map((row) => ({
      id: row.id,
      name: row.name,
      service: row.service,
      status: tokenStatus(row, clock),
      expires: row.expiresOn ? formatDateWithDistance(row.expiresOn, now) : null,
      owner: person(row.owner)!,
      backup: person(row.backup),
    })),
  };
}

export type WhoOwnsResult = Awaited<ReturnType<typeof findWhoOwns>>["results"][number];
