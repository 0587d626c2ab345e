import type { Metadata } from "next";
import Link from "next/link";
import { SafeMarkdown } from "@/components/markdown/safe-markdown";
import { RunbookStepsList } from "@/components/runbook/runbook-steps-list";
import { AbandonRunForm, RollBackForm } from "@/components/runs/end-run-forms";
import { FinishRunForm } from "@/components/runs/finish-run-form";
import { RunEssentials } from "@/components/runs/run-essentials";
import { RunChecklist } from "@/components/runs/run-checklist";
import { RunProgress } from "@/components/runs/run-progress";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/dates/format-date";
import { getRunbook } from "@/lib/runbooks/get-runbook";
import { loadRunbookPage } from "@/lib/runbooks/load-runbook-page";
import { getActiveRun } from "@/lib/runs/get-run";
import { runKindWords } from "@/lib/runs/run-kinds";
import { runStepSections } from "@/lib/runs/run-steps";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "Rotation checklist" };

const introductions = {
  rotation:
    "Work through the steps in order and tick each one when it is done. Every tick is saved at once: you, or the backup, can close this page and carry on later.",
  practice:
    "A practice run follows the same checklist without changing any dates. It shows whether the steps still make sense; finishing marks the runbook as tested today.",
  emergency: "Switch the leaked token off first, then make and put in place a new one. Every tick is saved at once.",
};

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { token, editable, run, timeZone } = await loadRunbookPage(async (actor) => {
    const [{ token, editable }, run, timeZone] = await Promise.all([
      getRunbook(actor, id),
      getActiveRun(actor, id),
      readTimeZone(),
    ]);
    return { token, editable, run, timeZone };
  });
  const back = (
    <Link href={`/tokens/${token.id}/runbook`} className="text-sm text-brand-700 underline">
      ← Back to the runbook
    </Link>
  );
  if (!run) {
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-2xl font-semibold">No rotation in progress for “{token.name}”</h1>
        <Notice>Nobody is replacing this token right now. Start a rotation or a practice run from its runbook.</Notice>
      </div>
    );
  }
  const items = run.checklist.map((step) => ({
    index: step.index,
    section: runStepSections[step.section],
    content: <SafeMarkdown>{step.text}</SafeMarkdown>,
    checkedBy: step.checked?.by ?? null,
    checkedAt: step.checked ? formatDateTime(step.checked.at, timeZone) : null,
  }));
  const title = runKindWords[run.kind].noun;
  return (
    <div className="space-y-6">
      {back}
      <div>
        <h1 className="text-2xl font-semibold">
          {title.charAt(0).toUpperCase() + title.slice(1)}: {token.name}
        </h1>
        <p className="text-slate-700">{introductions[run.kind]}</p>
      </div>
      <Card>
        <RunProgress run={run} timeZone={timeZone} />
      </Card>
      <RunEssentials token={token} />
      {!editable && (
        <Notice>You can follow the progress here. Only the owner, the backup or an admin can tick steps.</Notice>
      )}
      <RunChecklist tokenId={token.id} runId={run.id} items={items} canTick={editable} />
      {editable && (
        <>
          <Card>
            <h2 className="mb-4 text-lg font-semibold">
              {run.kind === "practice" ? "Finish the practice run" : "Finish and sign off"}
            </h2>
            <FinishRunForm
              tokenId={token.id}
              runId={run.id}
              practice={run.kind === "practice"}
              stepsLeft={run.total - run.done}
              today={new Date().toISOString().slice(0, 10)}
            />
          </Card>
          {run.kind !== "practice" && (
            <RollBackForm tokenId={token.id} runId={run.id} rollbackSteps={<RunbookStepsList steps={run.rollback} />} />
          )}
          <AbandonRunForm tokenId={token.id} runId={run.id} />
        </>
      )}
    </div>
  );
}
