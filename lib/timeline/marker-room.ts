import type { Lane, TimelineToken } from "./build-lanes";
import { percentInto, type TimelineBucket } from "./timeline-window";
import { addDays } from "@/lib/dates/calendar-day";

/** Where a marker sits, in columns from the chart's left edge (the middle of its day). */
export const markerPosition = (bucketIndex: number, bucket: TimelineBucket, day: Date) =>
  bucketIndex + percentInto(bucket, addDays(day, 0.5)) / 100;

/** A lane's tokens shown one by one, grouped by day (several on a day share one square). */
export function tokensByDay(tokens: TimelineToken[]): TimelineToken[][] {
  const days = new Map<number, TimelineToken[]>();
  for (const token of tokens)
    days.set(token.expiresOn.getTime(), [...(days.get(token.expiresOn.getTime()) ?? []), token]);
  return [...days.values()];
}

/**
 * How many columns of free room lie to the right of each day's marker in a lane, up to the next thing
 * drawn in that lane (a marker, a square or a count) or the chart's end; keyed by the day's first token.
 * A marker's name is written beside it only where this room holds it.
 */
export function markerRoom(lane: Pick<Lane, "cells">, buckets: TimelineBucket[]): Map<string, number> {
  const drawn: { position: number; tokenId: string | null }[] = [];
  for (const cell of lane.cells) {
    const bucket = buckets[cell.bucket];
    if (cell.tokens && cell.tokens.length === cell.total) {
      for (const day of tokensByDay(cell.tokens))
        drawn.push({ position: markerPosition(cell.bucket, bucket, day[0].expiresOn), tokenId: day[0].id });
    } else drawn.push({ position: cell.bucket, tokenId: null }); // a count fills its column from the left
  }
  drawn.sort((a, b) => a.position - b.position);
  const room = new Map<string, number>();
  drawn.forEach(({ position, tokenId }, index) => {
    if (tokenId) room.set(tokenId, (drawn[index + 1]?.position ?? buckets.length) - position);
  });
  return room;
}
