import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/runbook/print-button";
import { RunbookDocument } from "@/components/runbook/runbook-document";
import { RunbookRecordSections } from "@/components/runbook/runbook-record-sections";
import { SaveTemplateForm } from "@/components/runbook/save-template-form";
import { TemplatePicker } from "@/components/runbook/template-picker";
import { PastRuns } from "@/components/runs/past-runs";
import { RunProgress } from "@/components/runs/run-progress";
import { StartRunForm } from "@/components/runs/start-run-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/dates/format-date";
import { isLeakOpen } from "@/lib/incidents/leak-state";
import { getRunbook } from "@/lib/runbooks/get-runbook";
import { listRunbookTemplates } from "@/lib/runbooks/list-templates";
import { getActiveRun, listPastRuns } from "@/lib/runs/get-run";
import { allowedRunKinds } from "@/lib/runs/run-kinds";
import { loadRunbookPage } from "@/lib/runbooks/load-runbook-page";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "Runbook" };

const savedMessages: Record<string, string> = {
  runbook: "The runbook was saved. A run already in progress keeps the steps it started with.",
  template:
    "The runbook was written from the template. Read it through and adjust anything that is different for this token.",
};

export default async function RunbookPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const { saved } = await searchParams;
  const now = new Date();
  const { actor, token, editable, runbook, activeRun, pastRuns, templates, timeZone } = await loadRunbookPage(
    async (actor) => {
      const [page, activeRun, pastRuns, templates, timeZone] = await Promise.all([
        getRunbook(actor, id),
        getActiveRun(actor, id),
        listPastRuns(actor, id),
        listRunbookTemplates(actor),
        readTimeZone(),
      ]);
      return { ...page, activeRun, pastRuns, templates, timeZone };
    },
    { key: ["runbook", id], now },
  );
  const kinds = allowedRunKinds(token).filter((kind) => kind !== "emergency");
  const leaked = isLeakOpen(token);
  return (
    <div className="space-y-6">
      <Link href={`/tokens/${token.id}`} className="text-sm text-brand-700 underline print:hidden">
        ← Back to the token
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">Runbook: {token.name}</h1>
        <p className="text-slate-700">How to replace this {token.service} token, step by step.</p>
      </div>
      {saved && Object.hasOwn(savedMessages, saved) && <Notice tone="success">{savedMessages[saved]}</Notice>}
      {leaked && (
        <Notice tone="error">
          This token was reported as compromised.{" "}
          <Link href={`/tokens/${token.id}/runbook/emergency`} className="font-semibold underline">
            Follow the emergency steps
          </Link>{" "}
          (switch it off first, then replace it).
        </Notice>
      )}
      {activeRun && (
        <Card className="space-y-3 print:hidden">
          <RunProgress run={activeRun} timeZone={timeZone} />
          <Link href={`/tokens/${token.id}/runbook/run`} className="inline-block text-brand-700 underline">
            {editable ? "Open the checklist and carry on" : "Follow the checklist"}
          </Link>
        </Card>
      )}
      {runbook ? (
        <>
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            {editable && (
              <Link
                href={`/tokens/${token.id}/runbook/edit`}
                className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
              >
                Edit runbook
              </Link>
            )}
            <PrintButton />
            {actor.role !== "viewer" && <SaveTemplateForm tokenId={token.id} />}
          </div>
          {editable && !activeRun && kinds.length > 0 && (
            <Card className="space-y-3 print:hidden">
              <h2 className="text-lg font-semibold">Replace it now, or practise</h2>
              <p className="text-sm text-slate-700">
                A rotation turns this runbook into a checklist and ends with the new expiry date. A practice run follows
                the same checklist without changing any dates.
              </p>
              <StartRunForm tokenId={token.id} kinds={kinds} />
            </Card>
          )}
          <Card>
            <p className="mb-4 text-sm text-slate-700">
              {token.runbookTestedAt
                ? `Runbook last tested on ${formatDate(token.runbookTestedAt)}.`
                : "This runbook has never been tested with a practice run."}
              {runbook.templateName && ` Started from the template “${runbook.templateName}”.`}
            </p>
            <RunbookDocument token={token} steps={runbook} now={now} />
          </Card>
          <Card className="print:hidden">
            <h2 className="mb-4 text-lg font-semibold">Earlier runs</h2>
            <PastRuns runs={pastRuns} timeZone={timeZone} />
          </Card>
        </>
      ) : (
        <>
          <Card className="space-y-6">
            <RunbookRecordSections token={token} now={now} />
          </Card>
          <Card>
            {editable ? (
              <TemplatePicker tokenId={token.id} templates={templates} />
            ) : (
              <Notice tone="warning">
                No runbook yet: nobody has written down how to replace this token. Ask {token.owner.name}, its owner, to
                write one.
              </Notice>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
