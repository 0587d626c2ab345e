"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { importTokensAction, previewImportAction } from "@/lib/import/actions";
import type { ImportPreview, ImportRequest, ImportSummary } from "@/lib/import/schema";
import { PreviewTable } from "./preview-table";
import { StepSection } from "./step-section";
import { UnknownPeople } from "./unknown-people";
import type { PickablePerson } from "./import-choices";

type Props = {
  preview: ImportPreview;
  request: ImportRequest;
  canInvite: boolean;
  people: PickablePerson[];
  onChecked: (preview: ImportPreview, emailSubstitutes: Record<string, string>) => void;
  onImported: (summary: ImportSummary) => void;
  onChooseFile: () => void;
  onChangeColumns: () => void;
};

const rows = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "row" : "rows"}`;
const tokens = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "token" : "tokens"}`;

/** Step 3: the counts, every row with its check, and the import button once no row needs fixing. */
export function PreviewStep({ preview, request, canInvite, people, onChecked, onImported, onChooseFile, onChangeColumns }: Props) {
  const { rows: all, readyCount, problemCount } = preview;
  const [onlyProblems, setOnlyProblems] = useState(problemCount > 0);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const shown = onlyProblems ? all.filter((row) => row.problems.length > 0) : all;

  const runImport = () =>
    startTransition(async () => {
      setError(null);
      const result = await importTokensAction(request).catch(() => null);
      if (!result) setError("The import could not be sent, and nothing was imported. If the file is over 1 MB, split it into smaller files; otherwise check your connection and try again.");
      else if (!result.ok) setError(result.message);
      else onImported(result.data);
    });

  const checkAgain = (emailSubstitutes = request.emailSubstitutes ?? {}) =>
    startTransition(async () => {
      setError(null);
      const result = await previewImportAction({ ...request, emailSubstitutes }).catch(() => null);
      if (!result) setError("The rows could not be checked again. Check your connection and try again.");
      else if (!result.ok) setError(result.message);
      else onChecked(result.data, emailSubstitutes);
    });

  return (
    <StepSection id="check-rows" title="Step 3: Check the rows" focusOnOpen>
      <div role="status" className="space-y-1">
        <p className="text-base font-medium text-slate-900">
          {rows(readyCount)} ready, {problemCount.toLocaleString("en")} {problemCount === 1 ? "needs" : "need"} fixing.
        </p>
      </div>
      {problemCount > 0 ? (
        <Notice tone="warning">
          Nothing has been imported yet. Tokenbook imports the whole file at once: invite the people it names below, or fix the rows in your spreadsheet, save it, and choose the fixed file.
        </Notice>
      ) : (
        <Notice tone="success">Every row is ready. Importing adds all {tokens(all.length)} at once.</Notice>
      )}
      <div className="flex flex-wrap gap-3">
        {problemCount === 0 && (
          <Button needsScript type="button" onClick={runImport} disabled={pending} aria-busy={pending}>
            {pending ? `Importing ${tokens(all.length)}…` : `Import ${tokens(all.length)}`}
          </Button>
        )}
        <Button needsScript type="button" variant={problemCount > 0 ? "primary" : "secondary"} onClick={onChooseFile} disabled={pending}>
          {problemCount > 0 ? "Choose the fixed file" : "Choose another file"}
        </Button>
        <Button needsScript type="button" variant="secondary" onClick={onChangeColumns} disabled={pending}>
          Change column matching
        </Button>
      </div>
      {error && (
        <div role="alert">
          <Notice tone="error">{error}</Notice>
        </div>
      )}
      <UnknownPeople
        emails={preview.unknownPeople}
        canInvite={canInvite}
        people={people}
        onInvited={() => checkAgain()}
        onPicked={(email, replacement) => checkAgain({ ...request.emailSubstitutes, [email]: replacement })}
      />
      {problemCount > 0 && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={onlyProblems} disabled={!hydrated} onChange={(event) => setOnlyProblems(event.target.checked)} className="h-4 w-4" />
          Show only the rows that need fixing
        </label>
      )}
      <PreviewTable rows={shown} caption={onlyProblems ? "Rows that need fixing" : "Every row of the file"} />
    </StepSection>
  );
}
