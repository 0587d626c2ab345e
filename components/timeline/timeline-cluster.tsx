import Link from "next/link";
import { formatDate } from "@/lib/dates/format-date";
import type { Cluster, Lane } from "@/lib/timeline/build-lanes";
import { addDays } from "@/lib/tokens/token-status";
import styles from "./timeline.module.css";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Several tokens on one day (or week): a square with their number that opens into a list of links. */
export function TimelineCluster({ cluster, lane, bucketDays }: { cluster: Cluster; lane: Lane; bucketDays: 1 | 7 }) {
  const last = addDays(cluster.date, bucketDays - 1);
  const when = bucketDays === 1 ? `on ${formatDate(cluster.date)}` : `in the week of ${formatDate(cluster.date)}`;
  const listHref = `/tokens?${new URLSearchParams({ ...(lane.teamId ? { team: lane.teamId } : {}), expiresFrom: isoDate(cluster.date), expiresTo: isoDate(last) })}`;
  return (
    <details>
      <summary className={styles.square}>
        <span aria-hidden="true">{cluster.total}</span>
        <span className="sr-only">{`${cluster.total} tokens of ${lane.label} expire ${when}`}</span>
      </summary>
      <div className={styles.panel}>
        <p className="font-semibold">{`${cluster.total} tokens expire ${when}`}</p>
        {cluster.tokens.map((token) => (
          <Link key={token.id} href={`/tokens/${token.id}`}>
            {token.name}
          </Link>
        ))}
        {cluster.total > cluster.tokens.length && (
          <Link href={listHref} className="pt-1 font-medium">
            {lane.teamId ? `See all ${cluster.total} in the token list` : `See everything that expires ${when} in the token list`}
          </Link>
        )}
      </div>
    </details>
  );
}
