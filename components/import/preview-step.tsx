"use client";

import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { importTokensAction, previewImportAction } from "@/lib/import/actions";
import type { CellEdit, ImportFileSummary, ImportPreview, ImportSummary } from "@/lib/import/schema";
import { PreviewTable } from "./preview-table";
import { StepSection } from "./step-section";
import { UnknownPeople } from "./unknown-people";
import { importRequest, type ImportChoices, type PickablePerson } from "./import-choices";

type Props = {
  preview: ImportPreview;
  file: ImportFileSummary;
  choices: ImportChoices;
  canInvite: boolean;
  people: PickablePerson[];
  onChecked: (preview: ImportPreview, choices: ImportChoices) => void;
  onImported: (summary: ImportSummary) => void;
  onChooseFile: () => void;
  onChangeColumns: () => void;
};

const rows = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "row" : "rows"}`;
const tokens = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "token" : "tokens"}`;

/** Step 3: the counts, every row with its check, and the import button once no row needs fixing. */
export function PreviewStep({
  preview,
  file,
  choices,
  canInvite,
  people,
  onChecked,
  onImported,
  onChooseFile,
  onChangeColumns,
}: Props) {
  const { rows: all, readyCount, problemCount, skippedCount } = preview;
  const request = importRequest(file, choices);
  const [onlyProblems, setOnlyProblems] = useState(problemCount > 0);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  // After a row is checked again its form may be gone: the counts take the focus, and are read out.
  const counts = useRef<HTMLParagraphElement>(null);
  // Skipped rows stay in the short list, so a row skipped by mistake can be included again.
  const shown = onlyProblems && problemCount > 0 ? all.filter((row) => row.problems.length > 0 || row.skipped) : all;

  const runImport = () =>
    startTransition(async () => {
      setError(null);
      const result = await importTokensAction(request).catch(() => null);
      if (!result)
        setError(
          "The import could not be sent, and nothing was imported. If the file is over 1 MB, split it into smaller files; otherwise check your connection and try again.",
        );
      else if (!result.ok) setError(result.message);
      else onImported(result.data);
    });

  /** Checks every row again with the changed choices; they are kept only once the check answered. */
  const checkAgain = (changed: Partial<ImportChoices>) =>
    startTransition(async () => {
      setError(null);
      const next = { ...choices, ...changed };
      const result = await previewImportAction(importRequest(file, next)).catch(() => null);
      if (!result) setError("The rows could not be checked again. Check your connection and try again.");
      else if (!result.ok) setError(result.message);
      else {
        onChecked(result.data, next);
        counts.current?.focus();
      }
    });
  const fixRow = (line: number, values: Omit<CellEdit, "line">[]) =>
    checkAgain({
      edits: [
        ...choices.edits.filter((edit) => edit.line !== line || !values.some((value) => value.field === edit.field)),
        ...values.map((value) => ({ ...value, line })),
      ],
    });
  const skipRow = (line: number, skip: boolean) =>
    checkAgain({
      skippedLines: skip ? [...choices.skippedLines, line] : choices.skippedLines.filter((skipped) => skipped !== line),
    });
  const imported = all.length - skippedCount;

  return (
    <StepSection id="check-rows" title="Step 3: Check the rows" focusOnOpen>
      <div role="status" className="space-y-1">
        <p ref={counts} tabIndex={-1} className="text-base font-medium text-slate-900">
          {rows(readyCount)} ready, {problemCount.toLocaleString("en")} {problemCount === 1 ? "needs" : "need"} fixing
          {skippedCount > 0 && `, ${skippedCount.toLocaleString("en")} skipped`}.
        </p>
      </div>
      {problemCount > 0 ? (
        <Notice tone="warning">
          Nothing has been imported yet. Tokenbook imports the whole file at once, when every row is ready or skipped:
          correct a row right here (“Fix line … here”), skip it, invite the people it names below, or fix your
          spreadsheet and choose the fixed file.
        </Notice>
      ) : imported === 0 ? (
        <Notice tone="warning">
          Every row is skipped, so there is nothing to import. Include a row again, or choose another file.
        </Notice>
      ) : (
        <Notice tone="success">
          Every row is ready{skippedCount > 0 && " or skipped"}. Importing adds all {tokens(imported)} at once.
        </Notice>
      )}
      <div className="flex flex-wrap gap-3">
        {problemCount === 0 && imported > 0 && (
          <Button needsScript type="button" onClick={runImport} disabled={pending} aria-busy={pending}>
            {pending ? `Importing ${tokens(imported)}…` : `Import ${tokens(imported)}`}
          </Button>
        )}
        <Button
          needsScript
          type="button"
          variant={problemCount > 0 ? "primary" : "secondary"}
          onClick={onChooseFile}
          disabled={pending}
        >
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
        onInvited={(email) => checkAgain({ invited: [...choices.invited, email] })}
        onPicked={(email, replacement) =>
          checkAgain({ emailSubstitutes: { ...choices.emailSubstitutes, [email]: replacement } })
        }
      />
      {problemCount > 0 && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={onlyProblems}
            disabled={!hydrated}
            onChange={(event) => setOnlyProblems(event.target.checked)}
            className="h-4 w-4"
          />
          Show only the rows that need fixing
        </label>
      )}
      <PreviewTable
        rows={shown}
        caption={onlyProblems && problemCount > 0 ? "Rows that need fixing" : "Every row of the file"}
        pending={pending}
        onFix={fixRow}
        onSkip={skipRow}
      />
    </StepSection>
  );
}
