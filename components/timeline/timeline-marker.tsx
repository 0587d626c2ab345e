import Link from "next/link";
import type { TimelineToken } from "@/lib/timeline/build-lanes";
import { markerLines, markerTone } from "./marker-words";
import { TimelineSign } from "./timeline-sign";
import styles from "./timeline.module.css";

/** Columns of free room a marker needs before its name is written beside it (about eight letters at the narrowest). */
const roomForName = 1.5;

/**
 * One token: a round marker with its status sign, and its name beside it where the lane has room
 * (`room`, in columns, up to the next thing drawn). Its tooltip is also its name for screen readers,
 * so it is only made transparent, never hidden, until hover or keyboard focus shows it.
 */
export function TimelineMarker({ token, now, room }: { token: TimelineToken; now: Date; room: number }) {
  const [title, ...details] = markerLines(token, now);
  return (
    <Link href={`/tokens/${token.id}`} className={`${styles.marker} ${markerTone(token.status)}`} prefetch={false}>
      <TimelineSign status={token.status} />
      {room >= roomForName && (
        <span
          aria-hidden="true"
          data-marker-name
          className={styles.name}
          style={{ maxWidth: `calc(${room.toFixed(3)} * var(--column) - 2.25rem)` }}
        >
          {token.name}
        </span>
      )}
      <span className={styles.tooltip}>
        <b className="block">{title}.</b>
        {details.join(". ")}.
      </span>
    </Link>
  );
}
