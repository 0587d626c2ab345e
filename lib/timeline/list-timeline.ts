import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { noTeam } from "@/lib/tokens/no-team";
import { type StatusClock, statusSelect, tokenStatus, tokenStatusWhere } from "@/lib/tokens/token-status";
import { buildLanes, type Cell, type DayCount, type Lane, type LanePerson, type TimelineToken } from "./build-lanes";
import { pageLanes } from "./page-lanes";
import { laneSought, type TimelineGrouping, type TimelineQuery } from "./timeline-query";
import { bucketOf, timelineWindow, type TimelineWindow } from "./timeline-window";

/** A cell shows its tokens one by one when it has at most this many… */
export const fewPerCell = 3;
/** …as long as the page shows no more than this many markers in all; every other cell shows its count. */
export const markersPerPage = 20;

// Tokens in use with an expiry date can only have these statuses.
const statusesInWindow = [
  "compromised",
  "expired",
  "expiring_soon",
  "rotation_overdue",
  "holder_left",
  "no_backup",
  "healthy",
] as const;
const inUse = { state: { in: ["active" as const, "compromised" as const] } };

const laneField = (group: TimelineGrouping) => (group === "team" ? "teamId" : "ownerId");

/** Only the lane looked for (an owner, a team, or no team), when one is. */
function soughtWhere(group: TimelineGrouping, sought: string | undefined): Prisma.TokenWhereInput {
  if (!sought) return {};
  return { [laneField(group)]: group === "team" && sought === noTeam ? null : sought };
}

/** Per lane, day and status, how many tokens expire: counted in the database, never loaded one by one. */
async function countExpiries(
  group: TimelineGrouping,
  window: TimelineWindow,
  clock: StatusClock,
  lane: Prisma.TokenWhereInput,
): Promise<DayCount[]> {
  const inWindow: Prisma.TokenWhereInput = { ...inUse, ...lane, expiresOn: { gte: window.start, lt: window.end } };
  const perStatus = await Promise.all(
    statusesInWindow.map(async (status) => {
      const where = { AND: [inWindow, tokenStatusWhere(status, clock)] };
      const rows =
        group === "team"
          ? (await db.token.groupBy({ by: ["teamId", "expiresOn"], where, _count: { _all: true } })).map((row) => ({
              laneId: row.teamId,
              row,
            }))
          : (await db.token.groupBy({ by: ["ownerId", "expiresOn"], where, _count: { _all: true } })).map((row) => ({
              laneId: row.ownerId,
              row,
            }));
      return rows.map(({ laneId, row }) => ({ laneId, day: row.expiresOn!, status, count: row._count._all }));
    }),
  );
  return perStatus.flat();
}

async function laneNames(group: TimelineGrouping, counts: DayCount[]): Promise<Map<string, LanePerson>> {
  const ids = [...new Set(counts.flatMap(({ laneId }) => (laneId ? [laneId] : [])))];
  const named: LanePerson[] =
    group === "team"
      ? await db.team.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      : await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, active: true } });
  return new Map(named.map((lane) => [lane.id, lane]));
}

/** The cells that are few enough to show token by token, within the page's marker budget. */
function fewCells(lanes: Lane[]) {
  const chosen: { lane: Lane; cell: Cell }[] = [];
  let markers = 0;
  for (const lane of lanes) {
    for (const cell of lane.cells) {
      if (cell.total > fewPerCell || markers + cell.total > markersPerPage) continue;
      chosen.push({ lane, cell });
      markers += cell.total;
    }
  }
  return chosen;
}

/** Fills in the tokens of the chosen cells, in one query. */
async function listFewTokens(
  group: TimelineGrouping,
  window: TimelineWindow,
  chosen: { lane: Lane; cell: Cell }[],
  clock: StatusClock,
) {
  if (chosen.length === 0) return;
  const field = laneField(group);
  const rows = await db.token.findMany({
    where: {
      ...inUse,
      OR: chosen.map(({ lane, cell }) => ({
        [field]: lane.id,
        expiresOn: { gte: window.buckets[cell.bucket].start, lt: window.buckets[cell.bucket].end },
      })),
    },
    select: {
      ...statusSelect,
      id: true,
      name: true,
      service: true,
      teamId: true,
      ownerId: true,
      owner: { select: { name: true, active: true } },
    },
    orderBy: [{ expiresOn: "asc" }, { nameKey: "asc" }],
  });
  const cells = new Map(chosen.map(({ lane, cell }) => [`${lane.id} ${cell.bucket}`, cell]));
  for (const row of rows) {
    const cell = cells.get(`${row[field]} ${bucketOf(window, row.expiresOn!)}`);
    const token: TimelineToken = {
      id: row.id,
      name: row.name,
      service: row.service,
      expiresOn: row.expiresOn!,
      status: tokenStatus(row, clock),
      owner: row.owner,
    };
    if (cell) (cell.tokens ??= []).push(token);
  }
}

/** The viewer's own lane: theirs as owner, or their team's (no team's when they have none). */
async function ownLaneKey(actor: Actor, group: TimelineGrouping) {
  if (group === "owner") return actor.id;
  const person = await db.user.findUnique({ where: { id: actor.id }, select: { teamId: true } });
  return person?.teamId ?? noTeam;
}

/**
 * Expiries of tokens still in use, from this week's Monday to the end of the chosen range: per lane
 * (team or owner) and week (month on the 12-month view) a count and the most urgent status, and the
 * tokens themselves only where a cell has few. One page of lanes, most urgent first and the viewer's
 * own ahead, or only the lane looked for: the page stays small at any number of tokens and people.
 */
export async function listTimeline(actor: Actor | null, query: TimelineQuery, now = new Date()) {
  const viewer = await authorize(actor, "timeline.view", isSignedIn);
  const window = timelineWindow(query.range, now);
  const clock = await readStatusClock(now);
  const [counts, expiredEarlier, ownKey] = await Promise.all([
    countExpiries(query.group, window, clock, soughtWhere(query.group, laneSought(query))),
    db.token.count({ where: { state: "active", expiresOn: { lt: window.start } } }),
    ownLaneKey(viewer, query.group),
  ]);
  const lanes = buildLanes(counts, await laneNames(query.group, counts), (day) => bucketOf(window, day), query.group);
  const page = pageLanes(lanes, { ownKey, page: query.page });
  await listFewTokens(query.group, window, fewCells(page.lanes), clock);
  return { window, ...page, total: lanes.reduce((sum, lane) => sum + lane.total, 0), expiredEarlier };
}

export type Timeline = Awaited<ReturnType<typeof listTimeline>>;
