import { formatDateTime } from "@/lib/dates/format-date";
import { runKindWords } from "@/lib/runs/run-kinds";
import type { RunView } from "@/lib/runs/get-run";

/** "Rotation in progress by Finn — 3 of 6 steps done", in words with an icon. */
export function runProgressWords(run: Pick<RunView, "kind" | "startedBy" | "done" | "total">) {
  return `${runKindWords[run.kind].inProgress} by ${run.startedBy} — ${run.done} of ${run.total} steps done`;
}

/** `timeZone`: the organisation's, which times of day are shown in. */
export function RunProgress({ run, timeZone }: { run: RunView; timeZone: string }) {
  return (
    <div className="space-y-1">
      <p className="font-medium text-slate-900">
        <span aria-hidden="true">⟳ </span>
        {runProgressWords(run)}
      </p>
      <p className="text-sm text-slate-700">Started {formatDateTime(run.startedAt, timeZone)}.</p>
      <progress value={run.done} max={run.total || 1} className="h-2 w-full max-w-sm" aria-label="Steps done" />
    </div>
  );
}
