"use client";

import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { CellEdit, PreviewRow } from "@/lib/import/schema";

export type RowFixProps = {
  pending: boolean;
  onFix: (line: number, values: Omit<CellEdit, "line">[]) => void;
  onSkip: (line: number, skip: boolean) => void;
};

/**
 * A bad row corrected in place: one box per cell with a problem, filled with what the cell says now
 * (empty when it was hidden as a secret). Sending checks the row again at once; nothing is imported yet.
 */
export function RowFix({ row, pending, onFix, onSkip }: { row: PreviewRow } & RowFixProps) {
  const fields = row.problems.flatMap((problem) =>
    problem.field ? [{ field: problem.field, column: problem.column ?? problem.field }] : [],
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onFix(
      row.line,
      fields.map(({ field }) => ({ field, value: String(form.get(field) ?? "") })),
    );
  };
  return (
    <div className="mt-2 space-y-2">
      {fields.length > 0 && (
        <details className="rounded-lg border border-slate-200 p-2">
          <summary className="cursor-pointer font-medium text-brand-700">Fix line {row.line} here</summary>
          <form onSubmit={submit} noValidate aria-label={`Fix line ${row.line}`} className="mt-2 space-y-2">
            {fields.map(({ field, column }) => (
              <TextField
                key={`${field}-${row.cells[field] ?? ""}`}
                id={`fix-${row.line}-${field}`}
                name={field}
                label={column}
                defaultValue={row.cells[field] ?? ""}
                hint={row.cells[field] ? undefined : "Empty, or hidden because it looked like a secret."}
                autoComplete="off"
              />
            ))}
            <Button needsScript type="submit" disabled={pending}>
              Check line {row.line} again
            </Button>
          </form>
        </details>
      )}
      <Button needsScript type="button" variant="secondary" onClick={() => onSkip(row.line, true)} disabled={pending}>
        Skip line {row.line}
      </Button>
    </div>
  );
}

/** A row left out of the import, with the way back in. */
export function SkippedRow({ row, pending, onSkip }: { row: PreviewRow } & Pick<RowFixProps, "pending" | "onSkip">) {
  return (
    <div className="space-y-2 text-slate-700">
      <p className="font-medium">Skipped: this row will not be imported.</p>
      <Button needsScript type="button" variant="secondary" onClick={() => onSkip(row.line, false)} disabled={pending}>
        Include line {row.line} again
      </Button>
    </div>
  );
}
