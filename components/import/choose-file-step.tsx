"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { readImportFileAction } from "@/lib/import/actions";
import {
  chooseFileFirst,
  fileTooLarge,
  importLimitsInWords,
  maxImportBytes,
  type ImportFileSummary,
} from "@/lib/import/import-fields";
import { StepSection } from "./step-section";

/** Step 1: the person picks an Excel or CSV file; the server reads it and guesses the columns. */
export function ChooseFileStep({
  focusOnOpen,
  onRead,
}: {
  focusOnOpen: boolean;
  onRead: (summary: ImportFileSummary, file: File) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return setError(chooseFileFirst);
    if (file.size > maxImportBytes) return setError(fileTooLarge);
    setError(null);
    startTransition(async () => {
      const result = await readImportFileAction(formData).catch(() => null);
      if (!result)
        setError(
          "The file could not be sent. If it is over 1 MB, split it into smaller files; otherwise check your connection and try again.",
        );
      else if (!result.ok) setError(result.message);
      else onRead(result.data, file);
    });
  };

  return (
    <StepSection id="choose-file" title="Step 1: Choose your spreadsheet" focusOnOpen={focusOnOpen}>
      <div className="space-y-2 text-sm text-slate-700">
        <p>
          Choose an Excel workbook (.xlsx) as it is, or a CSV file in any of the forms Excel and Google Sheets save.
          From a workbook Tokenbook reads the first sheet with anything in it.
        </p>
        <p>
          One row per token, with a header row on top. {importLimitsInWords} Never put the secret values themselves in
          the file, only where they are stored.
        </p>
        <p>
          Starting from scratch?{" "}
          <a
            href="/api/tokens/import-template"
            download
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            Download the template
          </a>{" "}
          with Tokenbook&apos;s columns and an example row.
        </p>
      </div>
      <form
        onSubmit={submit}
        noValidate
        className="space-y-4"
        aria-label="Choose a spreadsheet file"
        aria-busy={pending}
      >
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            Spreadsheet file (.xlsx or .csv)
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "import-file-error" : undefined}
            className="block w-full max-w-md rounded-lg border border-slate-300 bg-white text-sm text-slate-900 file:mr-3 file:border-0 file:bg-slate-100 file:px-3 file:py-2"
          />
        </div>
        {error && (
          <div id="import-file-error" role="alert">
            <Notice tone="error">{error}</Notice>
          </div>
        )}
        <Button needsScript type="submit" disabled={pending}>
          {pending ? "Reading the file…" : "Read the file"}
        </Button>
      </form>
    </StepSection>
  );
}
