import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { markerTone } from "./marker-words";
import { TimelineSign } from "./timeline-sign";
import styles from "./timeline.module.css";

const shown = ["expired", "expiring_soon", "compromised", "rotation_overdue", "no_backup", "healthy"] as const;

/** What the shapes and signs mean, so the chart reads without colour. */
export function TimelineLegend({ unit }: { unit: "week" | "month" }) {
  return (
    <div className={`space-y-2 text-sm text-slate-700 ${styles.sign}`}>
      <h2 className="font-semibold text-slate-900">How to read it</h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {shown.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`${styles.marker} ${markerTone(status)}`}>
              <TimelineSign status={status} />
            </span>
            {tokenStatusWords[status].label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={styles.square}>
            3
          </span>
          Several tokens on one day: open the square to see them
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`${styles.count} ${markerTone("expiring_soon")}`}>
            12
            <TimelineSign status="expiring_soon" />
          </span>
          Many tokens in one {unit}: how many, and the sign of the most urgent; it opens them in the token list
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-5 border-l-2 border-dashed border-brand-700" />
          Today
        </li>
      </ul>
      <p>
        Each round marker is one token, on its expiry date. Point at it or move to it with the Tab key to see its
        details; press Enter to open it.
      </p>
    </div>
  );
}
