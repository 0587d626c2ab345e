import { StatusIcon } from "@/components/token-status/status-icon";
import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { markerTones } from "./marker-words";

const shown = ["expired", "expiring_soon", "compromised", "rotation_overdue", "no_backup", "healthy"] as const;

/** What the shapes and signs mean, so the chart reads without colour. */
export function TimelineLegend({ unit }: { unit: "week" | "month" }) {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <h2 className="font-semibold text-slate-900">How to read it</h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {shown.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`grid h-[22px] w-[22px] place-items-center rounded-full border-2 text-xs ${markerTones[status]}`}
            >
              <StatusIcon status={status} className="h-3 w-3" />
            </span>
            {tokenStatusWords[status].label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="grid h-[22px] min-w-[22px] place-items-center rounded-sm border-2 border-slate-800 bg-white text-xs font-semibold"
          >
            3
          </span>
          Several tokens on one day: open the square to see them
        </li>
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`flex h-[22px] items-center gap-0.5 rounded-sm border-2 px-0.5 text-xs font-semibold ${markerTones.expiring_soon}`}
          >
            12
            <StatusIcon status="expiring_soon" className="h-3.5 w-3.5" />
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
