import Link from "next/link";
import type { CalendarMonth } from "@/lib/calendar/calendar-month";

const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const labelOf = (key: string) => monthLabel.format(new Date(`${key}-01T00:00:00Z`));
const linkClass = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50";

/** Previous and next month, back to this month, and grid or list. */
export function CalendarNav({
  month,
  thisMonth,
  view,
}: {
  month: CalendarMonth;
  thisMonth: string;
  view: "grid" | "list";
}) {
  const href = (key: string, as = view) =>
    `/calendar?${new URLSearchParams({ month: key, ...(as === "list" ? { view: "list" } : {}) })}`;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <nav aria-label="Months" className="flex flex-wrap gap-2">
        <Link href={href(month.previous)} className={linkClass}>
          <span aria-hidden="true">← </span>
          {labelOf(month.previous)}
        </Link>
        {month.key !== thisMonth && (
          <Link href={href(thisMonth)} className={linkClass}>
            This month
          </Link>
        )}
        <Link href={href(month.next)} className={linkClass}>
          {labelOf(month.next)}
          <span aria-hidden="true"> →</span>
        </Link>
      </nav>
      <Link
        href={href(month.key, view === "list" ? "grid" : "list")}
        className="text-brand-700 underline underline-offset-2"
      >
        {view === "list" ? "Show as a month grid" : "Show as a list"}
      </Link>
    </div>
  );
}
