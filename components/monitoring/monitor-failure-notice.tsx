import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/dates/format-date";
import type { MonitorFailureView } from "@/lib/monitoring/list-monitor-failures";
import { checkItWorkedPath } from "@/lib/runbooks/schema";

/** "A monitor reports this token failing since …": stays until the monitor says it works again. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function MonitorFailureNotice({
  tokenId,
  failure,
  timeZone,
}: {
  tokenId: string;
  failure: MonitorFailureView | null;
  timeZone: string;
}) {
  if (!failure) return null;
  return (
    <Notice tone="error">
      <p className="font-semibold">
        A monitor reports this token failing since {formatDateTime(failure.failingSince, timeZone)}
        {failure.detail ? `: ${failure.detail}` : "."}
      </p>
      <p>
        Reported by the API key “{failure.reportedBy.name}” of {failure.reportedBy.owner.name}
        {failure.signalCount > 1
          ? `, ${failure.signalCount} times, last on ${formatDateTime(failure.lastSignalAt, timeZone)}`
          : ""}
        . The owner and the backup were told once by email. This goes away when the monitor reports the token working
        again.
      </p>
      <p>
        <Link href={checkItWorkedPath(tokenId)} className="font-semibold underline underline-offset-2">
          Check it: “How to check it worked” in the runbook
        </Link>
      </p>
    </Notice>
  );
}
