import { CircleCheck } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import Link from "next/link";
import { timelineGroupings, timelineHref, timelineRanges, type TimelineQuery } from "@/lib/timeline/timeline-query";

const rangeWords = { "4w": "4 weeks", "12w": "12 weeks", "12m": "12 months" } as const;
const groupWords = { team: "By team", owner: "By owner" } as const;

function Choice({ label, options }: { label: string; options: { href: string; text: string; current: boolean }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex overflow-hidden rounded-lg border border-slate-300 bg-white text-sm">
        {options.map((option) => (
          <li key={option.href} className="border-l border-slate-300 first:border-l-0">
            <Link
              href={option.href}
              aria-current={option.current ? "page" : undefined}
              className="block px-3 py-1.5 text-slate-800 hover:bg-slate-50 aria-[current=page]:bg-brand-700 aria-[current=page]:font-semibold aria-[current=page]:text-white"
            >
              {option.current && <InlineIcon icon={CircleCheck} />}
              {option.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Zoom (range) and lanes (grouping) as links, so the view lives in the address. */
export function TimelineControls({ query }: { query: TimelineQuery }) {
  return (
    <div className="flex flex-wrap gap-4">
      <Choice
        label="Range"
        options={timelineRanges.map((range) => ({
          href: timelineHref({ ...query, range, page: undefined }),
          text: rangeWords[range],
          current: query.range === range,
        }))}
      />
      <Choice
        label="Lanes"
        options={timelineGroupings.map((group) => ({
          href: timelineHref({ ...query, group, page: undefined }),
          text: groupWords[group],
          current: query.group === group,
        }))}
      />
    </div>
  );
}
