import Link from "next/link";
import { formatDate } from "@/lib/dates/format-date";
import type { TimelineToken } from "@/lib/timeline/build-lanes";
import styles from "./timeline.module.css";

/** Several tokens on one day: a square with their number that opens into a link to each. */
export function TimelineCluster({ tokens, laneLabel }: { tokens: TimelineToken[]; laneLabel: string }) {
  const when = `on ${formatDate(tokens[0].expiresOn)}`;
  return (
    <details>
      <summary className={styles.square}>
        <span aria-hidden="true">{tokens.length}</span>
        <span className="sr-only">{`${tokens.length} tokens of ${laneLabel} expire ${when}`}</span>
      </summary>
      <div className={styles.panel}>
        <p className="font-semibold">{`${tokens.length} tokens expire ${when}`}</p>
        {tokens.map((token) => (
          <Link key={token.id} href={`/tokens/${token.id}`}>
            {token.name}
          </Link>
        ))}
      </div>
    </details>
  );
}
