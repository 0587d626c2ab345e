import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/db-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runbookTestedWithinDays } from "@/lib/runbooks/schema";
import type { SortColumn, TokenListQuery } from "./list-query";
import { noTeam } from "./no-team";
import { readStatusClock } from "./read-status-clock";
import { addDays } from "@/lib/dates/calendar-day";
import { pageFromKey, pageRows, orderByKey, readInParts } from "./page-by-key";
import { tokenStatus, tokenStatusWhere, type StatusClock, type TokenStatus } from "./token-status";

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
  if (query.owner)
    and.push(
      query.as === "owner" ? { ownerId: query.owner } : { OR: [{ ownerId: query.owner }, { backupId: query.owner }] },
    );
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
  if (query.ownerState === "deactivated")
    and.push(inUse, { OR: [{ owner: { active: false } }, { backup: { is: { active: false } } }] });
  if (query.runbook === "missing") and.push(inUse, { runbook: { is: null } });
  if (query.runbook === "untested") {
    const testedSince = addDays(clock.today, -runbookTestedWithinDays);
    and.push(inUse, {
      runbook: { isNot: null },
      OR: [{ runbookTestedAt: null }, { runbookTestedAt: { lt: testedSince } }],
    });
  }
  return { AND: and };
}

export function tokenListOrderBy(
  sort: SortColumn = "expiresOn",
  dir: "asc" | "desc" = "asc",
): Prisma.TokenOrderByWithRelationInput[] {
  return orderByKey({ sort, dir });
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

/** The list counts matches up to this many; past it, the page says "more than 1,000" instead of counting them all. */
export const tokenCountLimit = 1_000;

/**
 * One page of the inventory for anyone signed in, filtered and sorted in the database and paged by
 * key (`query.after` / `query.before`), with links' keys to the pages before and after it.
 */
export async function listTokens(actor: Actor | null, query: TokenListQuery, now = new Date()): Promise<TokenListPage> {
  await authorize(actor, "token.list", isSignedIn);
  const clock = await readStatusClock(now);
  const where = tokenListWhere(query, clock);
  const size = query.size ?? 25;
  const [counted, start] = await Promise.all([
    db.token.count({ where, take: tokenCountLimit + 1 }),
    pageFromKey({ sort: query.sort ?? "expiresOn", dir: query.dir }, { after: query.after, before: query.before }),
  ]);
  const found = await readInParts(start.parts, size + 1, (part, take) =>
    db.token.findMany({ where: { AND: [where, part] }, select: tokenListSelect, orderBy: start.orderBy, take }),
  );
  const { rows, more } = pageRows(found, size, start.reversed);
  // Paged back to the top: the first page, in full.
  if (start.reversed && !more) return listTokens(actor, { ...query, before: undefined }, now);
  const backwards = start.reversed ? more : start.anchored;
  const forwards = start.reversed || more;
  return {
    total: Math.min(counted, tokenCountLimit),
    moreThanTotal: counted > tokenCountLimit,
    first: !start.anchored,
    size,
    rows: rows.map((row) => ({ ...row, status: tokenStatus(row, clock) })),
    previousBefore: backwards && rows.length > 0 ? rows[0].id : null,
    nextAfter: forwards && rows.length > 0 ? rows.at(-1)!.id : null,
  };
}

type TokenListPage = {
  /** Matching tokens, counted up to tokenCountLimit; `moreThanTotal` when there are more. */
  total: number;
  moreThanTotal: boolean;
  /** The page starts at the top of the list. */
  first: boolean;
  size: number;
  rows: (Prisma.TokenGetPayload<{ select: typeof tokenListSelect }> & { status: TokenStatus })[];
  /** Keys for the links to the pages before and after this one, when there are such pages. */
  previousBefore: string | null;
  nextAfter: string | null;
};

export type TokenListRow = Awaited<ReturnType<typeof listTokens>>["rows"][number];
