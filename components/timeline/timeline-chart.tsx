import type { CSSProperties } from "react";
import { StatusIconSprite } from "@/components/token-status/status-icon";
import type { Timeline } from "@/lib/timeline/list-timeline";
import { TimelineCluster } from "./timeline-cluster";
import { TimelineMarker } from "./timeline-marker";
import styles from "./timeline.module.css";

const laneLabelWidth = "10rem";

/**
 * Lanes of markers on a shared day grid: a CSS grid whose items fill the first free row ("dense"),
 * so markers on neighbouring days stack instead of covering each other.
 */
export function TimelineChart({ timeline, groupWord, now }: { timeline: Timeline; groupWord: string; now: Date }) {
  const { window, lanes } = timeline;
  const track = {
    gridTemplateColumns: `repeat(${window.buckets}, minmax(${window.minColumnPx}px, 1fr))`,
    gridAutoFlow: "row dense",
    "--marker-left": `${50 / window.markerSpan}%`,
  } as CSSProperties;
  const minWidth = `calc(${laneLabelWidth} + ${window.buckets * window.minColumnPx}px)`;
  const lines = (
    <>
      {window.gridlines.map((line) => (
        <span key={line.label} aria-hidden="true" className="absolute inset-y-0 border-l border-slate-300" style={{ left: `${line.percent}%` }} />
      ))}
      <span aria-hidden="true" className="absolute inset-y-0 z-10 border-l-2 border-dashed border-brand-700" style={{ left: `${window.todayPercent}%` }} />
    </>
  );
  return (
    <div className="overflow-x-auto pb-32 md:overflow-visible md:pb-0">
      <StatusIconSprite />
      <div style={{ minWidth }}>
        <div aria-hidden="true" className="grid text-xs text-slate-700" style={{ gridTemplateColumns: `${laneLabelWidth} 1fr` }}>
          <span />
          <div className="relative h-10">
            {window.gridlines.map((line) => (
              <span key={line.label} data-gridline={line.label} title={line.title} className="absolute top-0 whitespace-nowrap border-l border-slate-400 pl-1" style={{ left: `${line.percent}%` }}>
                {line.label}
              </span>
            ))}
            <span className="absolute bottom-0 z-10 -translate-x-1/2 whitespace-nowrap rounded bg-brand-700 px-1 font-semibold text-white" style={{ left: `${window.todayPercent}%` }}>
              Today
            </span>
          </div>
        </div>
        <ul aria-label={`Expiries by ${groupWord}`} className="divide-y divide-slate-200 border-y border-slate-200">
          {lanes.map((lane) => (
            <li key={lane.key} className="grid" style={{ gridTemplateColumns: `${laneLabelWidth} 1fr` }} data-lane={lane.label}>
              <h3 className="sticky left-0 z-30 bg-white py-2 pr-2 text-sm font-medium">
                {lane.label}
                {lane.inactive && <span className="block font-normal text-red-800">(deactivated)</span>}
                <span className="block font-normal text-slate-600">{lane.total === 1 ? "1 expiry" : `${lane.total} expiries`}</span>
              </h3>
              <div className="relative py-2">
                {lines}
                <ol aria-label={`Expiries of ${lane.label}`} className="relative grid gap-y-1" style={track}>
                  {/* each marker is centred on its own day, the first of the columns it covers */}
                  {lane.clusters.map((cluster) => (
                    <li key={cluster.bucket} className={styles.cell} style={{ gridColumn: `${cluster.bucket + 1}/span ${window.markerSpan}` }}>
                      <div className={styles.anchor}>
                        {cluster.total === 1 ? (
                          <TimelineMarker token={cluster.tokens[0]} now={now} />
                        ) : (
                          <TimelineCluster cluster={cluster} lane={lane} bucketDays={window.bucketDays} />
                        )}
                      </div>
                    </li>
                  ))}
                </ol>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
