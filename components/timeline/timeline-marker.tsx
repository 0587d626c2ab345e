import Link from "next/link";
import type { TimelineToken } from "@/lib/timeline/build-lanes";
import { StatusIconUse } from "@/components/token-status/status-icon";
import { markerLines, markerTones } from "./marker-words";
import styles from "./timeline.module.css";

/**
 * One token: a round marker with its status sign. Its tooltip is also its name for screen readers,
 * so it is only made transparent, never hidden, until hover or keyboard focus shows it.
 */
export function TimelineMarker({ token, now }: { token: TimelineToken; now: Date }) {
  const [title, ...details] = markerLines(token, now);
  return (
    <Link href={`/tokens/${token.id}`} className={`${styles.marker} ${markerTones[token.status]}`}>
      <StatusIconUse status={token.status} />
      <span className={styles.tooltip}>
        <b className="block">{title}.</b>
        {details.join(". ")}.
      </span>
    </Link>
  );
}
