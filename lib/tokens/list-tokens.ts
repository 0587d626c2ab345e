import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/db-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runbookTestedWithinDays } from "@/lib/runbooks/schema";
import { noTeam, type SortColumn, type TokenListQuery } from "./list-query";
import { readStatusClock } from "./read-status-clock";
import { addDays } from "@/lib/dates/calendar-day";
import { tokenStatus, tokenStatusWhere, type StatusClock } from "./token-status";

export function tokenListWhere(query: TokenListQuery, clock: StatusClock): Prisma.TokenWhereInput {
  const and: Prisma.TokenWhereInput[] = [];
  if (query.q) {
    const text = { contains: likeLiteral(query.q), mode: "insensitive" as const };
    and.push({
      OR: [
        { name: text },
        { service: text },
        { owner: { OR: [{ name: text }, { email: text }] } },
        { backup: { OR: [{ name: text }, { email: text }] } },
        { dependents: { some: { name: text } } },
      ],
    });
  }
  if (query.status) and.push(tokenStatusWhere(query.status, clock));
  else and.push({ state: { not: "retired" } });
  if (query.team) and.push({ teamId: query.team === noTeam ? null : query.team });
  if (query.owner) and.push(query.as === "owner" ? { ownerId: query.owner } : { OR: [{ ownerId: query.owner }, { backupId: query.owner }] });
  if (query.service) and.push({ serviceKey: query.service.toLowerCase() });
  if (query.environment) and.push({ environment: query.environment });
  if (query.criticality) and.push({ criticality: query.criticality });
  if (query.tag) and.push({ tags: { some: { name: query.tag } } });
  if (query.expiresFrom) and.push({ expiresOn: { gte: new Date(query.expiresFrom) } });
  if (query.expiresTo) and.push({ expiresOn: { lte: new Date(query.expiresTo) } });
  // People and runbooks matter only while a token is in use; revoked and retired ones need neither.
  const inUse: Prisma.TokenWhereInput = { state: { in: ["active", "compromised"] } };
  if (query.use === "in_use") and.push(inUse);
  if (query.backup === "none") and.push(inUse, { backupId: null });
  if (query.ownerState === "deactivated") and.push(inUse, { OR: [{ owner: { active: false } }, { backup: { is: { active: false } } }] });
  if (query.runbook === "missing") and.push(inUse, { runbook: { is: null } });
  if (query.runbook === "untested") {
    const testedSince = addDays(clock.today, -runbookTestedWithinDays);
    and.push(inUse, { runbook: { isNot: null }, OR: [{ runbookTestedAt: null }, { runbookTestedAt: { lt: testedSince } }] });
  }
  return { AND: and };
}

export function tokenListOrderBy(sort: SortColumn = "expiresOn", dir: "asc" | "desc" = "asc"): Prisma.TokenOrderByWithRelationInput[] {
  const byColumn: Record<SortColumn, Prisma.TokenOrderByWithRelationInput> = {
    name: { nameKey: dir },
    service: { serviceKey: dir },
    expiresOn: { expiresOn: { sort: dir, nulls: "last" } },
    owner: { owner: { name: dir } },
    criticality: { criticality: dir },
    updatedAt: { updatedAt: dir },
  };
  return [byColumn[sort], { id: "asc" }];
}

export const tokenListSelect = {
  id: true,
  name: true,
  service: true,
  environment: true,
  criticality: true,
  state: true,
  expiresOn: true,
  rotationDueOn: true,
  backupId: true,
  owner: { select: { id: true, name: true, email: true, active: true } },
  backup: { select: { id: true, name: true, email: true, active: true } },
  team: { select: { id: true, name: true } },
} satisfies Prisma.TokenSelect;

/** One page of the inventory for anyone signed in, filtered and sorted in the database. */
export async function listTokens(actor: Actor | null, query: TokenListQuery, now = new Date()) {
  await authorize(actor, "token.list", isSignedIn);
  const clock = await readStatusClock(now);
  const where = tokenListWhere(query, clock);
  const size = query.size ?? 25;
  const page = query.page ?? 1;
  const [total, rows] = await Promise.all([
    db.token.count({ where }),
    db.token.findMany({ where, select: tokenListSelect, orderBy: tokenListOrderBy(query.sort, query.dir), skip: (page - 1) * size, take: size }),
  ]);
  return { total, page, size, rows: rows.map((row) => ({ ...row, status: tokenStatus(row, clock) })) };
}

export type TokenListRow = Awaited<ReturnType<typeof listTokens>>["rows"][number];
