import Link from "next/link";
import { timelineHref, type TimelineQuery } from "@/lib/timeline/timeline-query";

type Props = { query: TimelineQuery; page: number; pages: number; firstLane: number; shown: number; laneCount: number };

const link = "text-brand-700 underline underline-offset-2";

/** "Owners 21–40 of 200" with plain links to the lanes before and after, when they do not fit on one page. */
export function TimelineLanePages({ query, page, pages, firstLane, shown, laneCount }: Props) {
  if (pages === 1) return null;
  const what = query.group === "team" ? "teams" : "owners";
  const last = firstLane + shown - 1;
  return (
    <nav aria-label={`Other ${what}`} className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <p className="text-slate-700">
        {`${what === "teams" ? "Teams" : "Owners"} ${firstLane.toLocaleString("en-GB")}–${last.toLocaleString("en-GB")} of ${laneCount.toLocaleString("en-GB")}, most urgent first`}
      </p>
      {page > 1 && (
        <Link href={timelineHref({ ...query, page: page - 1 })} className={link} rel="prev">
          {`Previous ${what}`}
        </Link>
      )}
      {page < pages && (
        <Link href={timelineHref({ ...query, page: page + 1 })} className={link} rel="next">
          {`Next ${what}`}
        </Link>
      )}
    </nav>
  );
}
