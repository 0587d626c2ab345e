import { isCalendarDateInRange } from "@/lib/dates/calendar-date";
import { timelineGroupings, type TimelineGrouping } from "./timeline-query";

export type CellAddress = { group: TimelineGrouping; lane: string; from: string; to: string };

/**
 * The token list showing exactly what a cell counts: tokens in use of its lane's team (or no team) or owner, in its
 * dates.
 */
export function cellTokenListHref({ group, lane, from, to }: CellAddress) {
  const laneFilter: Record<string, string> = group === "owner" ? { owner: lane, as: "owner" } : { team: lane };
  return `/tokens?${new URLSearchParams({ ...laneFilter, use: "in_use", expiresFrom: from, expiresTo: to })}`;
}

/** A cell's address read back from its path segments after /timeline/, or null when they are not one. */
export function parseCellAddress(segments: string[]): CellAddress | null {
  const [group, lane, from, to, ...rest] = segments;
  if (rest.length > 0 || !timelineGroupings.includes(group as TimelineGrouping)) return null;
  if (!lane || lane.length > 50 || !isCalendarDateInRange(from ?? "") || !isCalendarDateInRange(to ?? "")) return null;
  return { group: group as TimelineGrouping, lane, from, to };
}
