import { CircleCheck, TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import Link from "next/link";
import { IncidentNotice } from "@/components/incidents/incident-notice";
import { ReportCompromisedForm } from "@/components/incidents/report-compromised-form";
import { runProgressWords } from "@/components/runs/run-progress";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/dates/format-date";
import { isLeakOpen } from "@/lib/incidents/leak-state";
import type { RunView } from "@/lib/runs/get-run";

type Props = {
  token: {
    id: string;
    name: string;
    state: string;
    runbookTestedAt: Date | null;
    compromisedAt: Date | null;
    compromiseNote: string | null;
    revokedAt: Date | null;
    revokeReason: string | null;
  };
  hasRunbook: boolean;
  activeRun: RunView | null;
  editable: boolean;
  /** The organisation's, which times of day are shown in. */
  timeZone: string;
};

const linkStyle = "text-brand-700 underline underline-offset-2";

/** On the token page: the runbook at a glance, a run in progress, and the way to report a leak. */
export function RunbookPanel({ token, hasRunbook, activeRun, editable, timeZone }: Props) {
  const base = `/tokens/${token.id}/runbook`;
  const leaked = isLeakOpen(token);
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">Runbook</h2>
      <IncidentNotice token={token} timeZone={timeZone} />
      {leaked && (
        <Link
          href={`${base}/emergency`}
          className="inline-block rounded-lg bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800"
        >
          Open the emergency steps
        </Link>
      )}
      {activeRun && (
        <p className="font-medium">
          <span aria-hidden="true">⟳ </span>
          {runProgressWords(activeRun)}.{" "}
          <Link href={`${base}/run`} className={linkStyle}>
            Open the checklist
          </Link>
        </p>
      )}
      {hasRunbook ? (
        <div className="space-y-1">
          <p>
            {token.runbookTestedAt ? (
              <>
                <InlineIcon icon={CircleCheck} />
                Runbook last tested on {formatDate(token.runbookTestedAt)}.
              </>
            ) : (
              <>
                <InlineIcon icon={TriangleAlert} />
                This runbook has never been tested with a practice run.
              </>
            )}
          </p>
          <Link href={base} className={linkStyle}>
            Open the runbook
          </Link>
        </div>
      ) : editable ? (
        <p>
          No runbook yet: nobody has written down how to replace this token.{" "}
          <Link href={base} className={linkStyle}>
            Start from a template
          </Link>
        </p>
      ) : (
        <p>
          <InlineIcon icon={TriangleAlert} />
          No runbook yet: ask the owner to write down how to replace this token.
        </p>
      )}
      {token.state === "active" && (
        <div className="border-t border-slate-200 pt-4">
          <p className="mb-2 text-sm text-slate-700">
            Think this token has leaked, for example posted in a chat or a public place?
          </p>
          <ReportCompromisedForm tokenId={token.id} name={token.name} />
        </div>
      )}
    </Card>
  );
}
