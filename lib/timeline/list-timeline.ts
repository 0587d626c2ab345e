import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { statusSelect, tokenStatus } from "@/lib/tokens/token-status";
import { buildLanes } from "./build-lanes";
import type { TimelineQuery } from "./timeline-query";
import { timelineWindow } from "./timeline-window";

/** Expiries of tokens still in use, from this week's Monday to the end of the chosen range, in lanes. */
export async function listTimeline(actor: Actor | null, query: TimelineQuery, now = new Date()) {
  await authorize(actor, "timeline.view", isSignedIn);
  const window = timelineWindow(query.range, now);
  const inUse = { state: { in: ["active" as const, "compromised" as const] } };
  const [rows, expiredEarlier, clock] = await Promise.all([
    db.token.findMany({
      where: { ...inUse, expiresOn: { gte: window.start, lt: window.end } },
      select: {
        ...statusSelect,
        id: true,
        name: true,
        service: true,
        owner: { select: { id: true, name: true, active: true } },
        team: { select: { id: true, name: true } },
      },
      orderBy: [{ expiresOn: "asc" }, { nameKey: "asc" }],
    }),
    db.token.count({ where: { state: "active", expiresOn: { lt: window.start } } }),
    readStatusClock(now),
  ]);
  const tokens = rows.map((row) => ({ ...row, expiresOn: row.expiresOn!, status: tokenStatus(row, clock) }));
  return { window, lanes: buildLanes(tokens, window, query.group), total: tokens.length, expiredEarlier };
}

export type Timeline = Awaited<ReturnType<typeof listTimeline>>;
