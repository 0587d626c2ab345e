import { Activity } from "lucide-react";
import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format-date";
import type { listMonitorFailures } from "@/lib/monitoring/list-monitor-failures";
import { checkItWorkedPath } from "@/lib/runbooks/schema";

type Failures = Awaited<ReturnType<typeof listMonitorFailures>>;

/** Tokens a monitor reports failing, until it reports them working again. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function MonitorFailures({ failures, timeZone }: { failures: Failures; timeZone: string }) {
  if (failures.length === 0) return null;
  return (
    <section
      aria-labelledby="monitor-failures-heading"
      className="space-y-3 rounded-xl border border-red-300 bg-red-50 p-5 text-red-950"
    >
      <h2 id="monitor-failures-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Activity aria-hidden="true" focusable="false" className="h-5 w-5 shrink-0" />
        Failing, says a monitor
      </h2>
      <ul className="space-y-2">
        {failures.map((failure) => (
          <li key={failure.token.id}>
            <Link href={`/tokens/${failure.token.id}`} className="font-medium underline underline-offset-2">
              {failure.token.name}
            </Link>{" "}
            ({failure.token.service}) — A monitor reports this token failing since{" "}
            {formatDateTime(failure.failingSince, timeZone)}
            {failure.detail ? `: ${failure.detail}` : ""}
            {failure.mine && (
              <>
                {" "}
                —{" "}
                <Link href={checkItWorkedPath(failure.token.id)} className="font-medium underline underline-offset-2">
                  check it
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
