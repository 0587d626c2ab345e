"use client";

import type { CSSProperties } from "react";
import { type ChartLane, type PackedLane, unpackLane } from "@/lib/timeline/chart-lanes";
import { markerRoom } from "@/lib/timeline/marker-room";
import type { TimelineGrouping } from "@/lib/timeline/timeline-query";
import type { TimelineWindow } from "@/lib/timeline/timeline-window";
import { TimelineCell } from "./timeline-cell";
import styles from "./timeline.module.css";

type Props = { window: TimelineWindow; lanes: PackedLane[]; groupWord: TimelineGrouping; now: Date };

/**
 * A table: one row per lane (team or owner), one column per week (month on the 12-month view).
 * Screen readers name every cell by its lane and its week, so the cells themselves stay short.
 * A client component only so that React's payload carries the counts (packed), not the whole table again.
 */
export function TimelineChart({ window, lanes, groupWord, now }: Props) {
  const todayColumn = window.today.bucket;
  const unitWord = window.unit === "week" ? "Week of" : "Month";
  return (
    // Room on the right for a marker on the window's last day: centred on it, half of it lies past the last column.
    <div className="@container overflow-x-auto pr-4">
      <table
        className={styles.table}
        style={
          {
            "--today": `${window.today.percent}%`,
            // One column's width, for the names written beside markers: the table fills its box, but never below 3.5rem
            // a column.
            "--column": `max(3.5rem, calc((100cqw - 10rem) / ${window.buckets.length}))`,
            minWidth: `calc(10rem + ${window.buckets.length * 3.5}rem)`,
          } as CSSProperties
        }
      >
        <caption className="sr-only">{`Expiries by ${groupWord} and ${window.unit}`}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-40 text-left">
              <span className="sr-only">{`${groupWord === "team" ? "Team" : "Owner"}, then ${unitWord.toLowerCase()}`}</span>
            </th>
            {window.buckets.map((bucket, index) => (
              <th
                key={bucket.label}
                scope="col"
                title={bucket.title}
                className={index === todayColumn ? styles.today : undefined}
              >
                <span className="sr-only">{unitWord} </span>
                <span data-gridline={bucket.label} className="block pl-1">
                  {bucket.label}
                </span>
                {index === todayColumn && <span className={styles.todayLabel}>Today</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map(unpackLane).map((lane) => (
            <LaneRow key={lane.key} lane={lane} window={window} groupWord={groupWord} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = { lane: ChartLane; window: TimelineWindow; groupWord: TimelineGrouping; now: Date };

function LaneRow({ lane, window, groupWord, now }: RowProps) {
  const byBucket = new Map(lane.cells.map((cell) => [cell.bucket, cell]));
  const room = markerRoom(lane, window.buckets);
  return (
    <tr>
      <th scope="row">
        {lane.label}
        {lane.inactive && <span className="block font-normal text-red-800">(deactivated)</span>}
        <small>{lane.total === 1 ? "1 expiry" : `${lane.total.toLocaleString("en-GB")} expiries`}</small>
      </th>
      {window.buckets.map((bucket, index) => {
        const cell = byBucket.get(index);
        return (
          <td key={bucket.label} className={index === window.today.bucket ? styles.today : undefined}>
            {cell && (
              <TimelineCell cell={cell} bucket={bucket} lane={lane} groupWord={groupWord} now={now} room={room} />
            )}
          </td>
        );
      })}
    </tr>
  );
}
