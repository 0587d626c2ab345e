import { InlineIcon } from "@/components/ui/inline-icon";
import { CircleCheck, CircleX, RefreshCw, Undo2, type LucideIcon } from "lucide-react";
import { formatDate, formatDateTime } from "@/lib/dates/format-date";
import type { RunView } from "@/lib/runs/get-run";
import { runKindWords } from "@/lib/runs/run-kinds";

const outcome: Record<RunView["status"], { icon: LucideIcon; words: string }> = {
  completed: { icon: CircleCheck, words: "Finished" },
  rolled_back: { icon: Undo2, words: "Rolled back" },
  abandoned: { icon: CircleX, words: "Abandoned" },
  in_progress: { icon: RefreshCw, words: "In progress" },
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Earlier runs: what kind, how it ended, who started and who finished it. */
/** `timeZone`: the organisation's, which times of day are shown in. */
export function PastRuns({ runs, timeZone }: { runs: RunView[]; timeZone: string }) {
  if (runs.length === 0) return <p className="text-slate-700">No rotations or practice runs yet.</p>;
  return (
    <ul className="space-y-3">
      {runs.map((run) => (
        <li key={run.id} className="border-l-2 border-slate-200 pl-3">
          <p className="font-medium">
            <InlineIcon icon={outcome[run.status].icon} />
            {sentence(runKindWords[run.kind].noun)} — {outcome[run.status].words.toLowerCase()}
            {run.finishedAt && ` on ${formatDateTime(run.finishedAt, timeZone)}`}
          </p>
          <p className="text-sm text-slate-700">
            Started by {run.startedBy}
            {run.finishedBy && `, ended by ${run.finishedBy}`}
            {run.newExpiresOn && ` · new expiry ${formatDate(run.newExpiresOn)}`}
          </p>
          {run.signOffNote && <p className="text-sm text-slate-700">Sign-off: “{run.signOffNote}”</p>}
          {run.reason && <p className="text-sm text-slate-700">Reason: “{run.reason}”</p>}
        </li>
      ))}
    </ul>
  );
}
