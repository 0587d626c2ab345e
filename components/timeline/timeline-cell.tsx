import type { Cell } from "@/lib/timeline/build-lanes";
import type { ChartLane } from "@/lib/timeline/chart-lanes";
import { tokensByDay } from "@/lib/timeline/marker-room";
import { percentInto, type TimelineBucket } from "@/lib/timeline/timeline-window";
import { addDays } from "@/lib/dates/calendar-day";
import { cellHref } from "@/lib/timeline/cell-links";
import type { TimelineGrouping } from "@/lib/timeline/timeline-query";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { markerTone } from "./marker-words";
import { TimelineCluster } from "./timeline-cluster";
import { TimelineMarker } from "./timeline-marker";
import { TimelineSign } from "./timeline-sign";
import styles from "./timeline.module.css";

type Props = {
  cell: Cell;
  bucket: TimelineBucket;
  lane: ChartLane;
  groupWord: TimelineGrouping;
  now: Date;
  room: Map<string, number>;
};

/**
 * A lane's week: its few tokens on their own days (each named where the lane has room), or, when
 * many, their number and most urgent status linking to the list.
 */
export function TimelineCell({ cell, bucket, lane, groupWord, now, room }: Props) {
  if (cell.tokens && cell.tokens.length === cell.total) {
    return tokensByDay(cell.tokens).map((tokens) => (
      <div
        key={tokens[0].id}
        className={styles.anchor}
        style={{ marginLeft: `${percentInto(bucket, addDays(tokens[0].expiresOn, 0.5))}%` }}
      >
        {tokens.length === 1 ? (
          <TimelineMarker token={tokens[0]} now={now} room={room.get(tokens[0].id) ?? 0} />
        ) : (
          <TimelineCluster tokens={tokens} laneLabel={lane.label} />
        )}
      </div>
    ));
  }
  const count = cell.total.toLocaleString("en-GB");
  // One element per busy lane-week: styled as the cell's own link, named in words for screen readers;
  // a plain link, since its short address forwards to the list.
  return (
    <a
      href={cellHref(groupWord, lane.id, bucket)}
      className={markerTone(cell.worst)}
      aria-label={`${count} tokens, most urgent: ${tokenStatusWords[cell.worst].label}`}
    >
      {count}
      <TimelineSign status={cell.worst} />
    </a>
  );
}
