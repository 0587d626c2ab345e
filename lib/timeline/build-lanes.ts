import type { TokenStatus } from "@/lib/tokens/token-status";
import type { TimelineGrouping } from "./timeline-query";

export type TimelineToken = {
  id: string;
  name: string;
  service: string;
  expiresOn: Date;
  status: TokenStatus;
  owner: { name: string; active: boolean };
};

/** How many tokens of one lane expire on one day with one status (what the database counts). */
export type DayCount = { laneId: string | null; day: Date; status: TokenStatus; count: number };
export type LanePerson = { id: string; name: string; active?: boolean };

/** A lane's week (or month): how many expire, the most urgent status, and the tokens themselves when few. */
export type Cell = { bucket: number; total: number; worst: TokenStatus; tokens: TimelineToken[] | null };
export type Lane = {
  key: string;
  id: string | null;
  label: string;
  inactive: boolean;
  total: number;
  /** The lane's most urgent status, and how many of its tokens have it: what puts a lane first. */
  worst: TokenStatus;
  urgent: number;
  cells: Cell[];
};

/** Most urgent first: a cell shows the first of these among its tokens. */
export const urgency: TokenStatus[] = [
  "compromised",
  "expired",
  "expiring_soon",
  "rotation_overdue",
  "holder_left",
  "no_backup",
  "no_expiry",
  "healthy",
  "revoked",
  "retired",
];

const rank = (status: TokenStatus) => urgency.indexOf(status);

/**
 * Most urgent lane first: the worst status, then the most tokens with it, then by name ("No team" after a team of the
 * same name).
 */
export const byUrgency = (a: Lane, b: Lane) =>
  rank(a.worst) - rank(b.worst) ||
  b.urgent - a.urgent ||
  a.label.localeCompare(b.label, "en") ||
  Number(a.id === null) - Number(b.id === null);

/** Day counts into one lane per team or owner (most urgent first), one cell per column that has expiries. */
export function buildLanes(
  counts: DayCount[],
  names: Map<string, LanePerson>,
  bucketOf: (day: Date) => number,
  group: TimelineGrouping,
): Lane[] {
  const lanes = new Map<string, Lane & { byBucket: Map<number, Cell> }>();
  for (const { laneId, day, status, count } of counts) {
    const key = laneId ?? "none";
    let lane = lanes.get(key);
    if (!lane) {
      const named = laneId ? names.get(laneId) : undefined;
      const label = named?.name ?? (group === "team" ? "No team" : "Unknown");
      lane = {
        key,
        id: laneId,
        label,
        inactive: named?.active === false,
        total: 0,
        worst: status,
        urgent: 0,
        cells: [],
        byBucket: new Map(),
      };
      lanes.set(key, lane);
    }
    lane.total += count;
    if (rank(status) < rank(lane.worst)) [lane.worst, lane.urgent] = [status, 0];
    if (status === lane.worst) lane.urgent += count;
    const bucket = bucketOf(day);
    let cell = lane.byBucket.get(bucket);
    if (!cell) {
      cell = { bucket, total: 0, worst: status, tokens: null };
      lane.byBucket.set(bucket, cell);
    }
    cell.total += count;
    if (rank(status) < rank(cell.worst)) cell.worst = status;
  }
  return [...lanes.values()]
    .map(({ byBucket, ...lane }) => ({ ...lane, cells: [...byBucket.values()].sort((a, b) => a.bucket - b.bucket) }))
    .sort(byUrgency);
}
