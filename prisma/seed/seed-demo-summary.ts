// What `npm run seed:demo` reports once the demo data is in: counts by status and the like.
import { db } from "@/lib/db";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { type TokenStatus, tokenStatuses, tokenStatusWhere } from "@/lib/tokens/token-status";

export type SeedDemoSummary = {
  mode: "demo" | "bulk";
  people: number;
  teams: number;
  tokens: number;
  byStatus: Record<TokenStatus, number>;
  expiringWithin7Days: number;
  ownedByDeactivated: number;
  noBackup: number;
  busiestOwner: { name: string; tokens: number } | null;
  runbooks: number;
  /** The token whose rotation the demo left under way, by name. */
  runUnderWay: string | null;
  auditRows: number;
  seconds: number;
};

export async function summarise(
  now: Date,
  mode: SeedDemoSummary["mode"],
  auditRows: number,
  startedAt: number,
): Promise<SeedDemoSummary> {
  const today = startOfUtcDay(now);
  const clock = await readStatusClock(now);
  const counts = await Promise.all(
    tokenStatuses.map((status) => db.token.count({ where: tokenStatusWhere(status, clock) })),
  );
  const [people, teams, tokens, expiringWithin7Days, ownedByDeactivated, noBackup, owners] = await Promise.all([
    db.user.count(),
    db.team.count(),
    db.token.count(),
    db.token.count({ where: { state: "active", expiresOn: { gte: today, lte: addDays(today, 7) } } }),
    db.token.count({ where: { owner: { active: false }, state: { not: "retired" } } }),
    db.token.count({ where: { backupId: null, state: { not: "retired" } } }),
    db.token.groupBy({
      by: ["ownerId"],
      where: { state: { not: "retired" } },
      _count: { _all: true },
      orderBy: { _count: { ownerId: "desc" } },
      take: 1,
    }),
  ]);
  const [runbooks, run] = await Promise.all([
    db.runbook.count(),
    db.rotationRun.findFirst({ where: { status: "in_progress" }, select: { token: { select: { name: true } } } }),
  ]);
  const busiest = owners[0]
    ? await db.user.findUnique({ where: { id: owners[0].ownerId }, select: { name: true } })
    : null;
  return {
    mode,
    people,
    teams,
    tokens,
    byStatus: Object.fromEntries(tokenStatuses.map((status, index) => [status, counts[index]])) as Record<
      TokenStatus,
      number
    >,
    expiringWithin7Days,
    ownedByDeactivated,
    noBackup,
    busiestOwner: busiest && owners[0] ? { name: busiest.name, tokens: owners[0]._count._all } : null,
    runbooks,
    runUnderWay: run?.token.name ?? null,
    auditRows,
    seconds: (performance.now() - startedAt) / 1000,
  };
}
