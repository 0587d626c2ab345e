"use client";

import type { CSSProperties } from "react";
import type { Lane } from "@/lib/timeline/build-lanes";
import type { Timeline } from "@/lib/timeline/list-timeline";
import { markerRoom } from "@/lib/timeline/marker-room";
import { TimelineCell } from "./timeline-cell";
import styles from "./timeline.module.css";

/**
 * A table: one row per lane (team or owner), one column per week (month on the 12-month view).
 * Screen readers name every cell by its lane and its week, so the cells themselves stay short.
 * A client component only so that React's payload carries the counts, not the whole table again.
 */
export function TimelineChart({ timeline, groupWord, now }: { timeline: Timeline; groupWord: string; now: Date }) {
  const { window, lanes } = timeline;
  const todayColumn = window.today.bucket;
  const unitWord = window.unit === "week" ? "Week of" : "Month";
  return (
    <div className="@container overflow-x-auto">
      <table
        className={styles.table}
        style={
          {
            "--today": `${window.today.percent}%`,
            // One column's width, for the names written beside markers: the table fills its box, but never below 3.5rem a column.
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
          {lanes.map((lane) => (
            <LaneRow key={lane.key} lane={lane} timeline={timeline} groupWord={groupWord} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LaneRow({ lane, timeline, groupWord, now }: { lane: Lane; timeline: Timeline; groupWord: string; now: Date }) {
  const byBucket = new Map(lane.cells.map((cell) => [cell.bucket, cell]));
  const room = markerRoom(lane, timeline.window.buckets);
  return (
    <tr data-lane={lane.label}>
      <th scope="row" className="text-left">
        {lane.label}
        {lane.inactive && <span className="block font-normal text-red-800">(deactivated)</span>}
        <span className="block font-normal text-slate-600">
          {lane.total === 1 ? "1 expiry" : `${lane.total.toLocaleString("en-GB")} expiries`}
        </span>
      </th>
      {timeline.window.buckets.map((bucket, index) => {
        const cell = byBucket.get(index);
        return (
          <td key={bucket.label} className={index === timeline.window.today.bucket ? styles.today : undefined}>
            {cell && (
              <TimelineCell cell={cell} bucket={bucket} lane={lane} groupWord={groupWord} now={now} room={room} />
            )}
          </td>
        );
      })}
    </tr>
  );
}
