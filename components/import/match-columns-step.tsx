"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { previewImportAction } from "@/lib/import/actions";
import { dateOrderLabels, dateOrders, mappingProblems, neverExpiresWords, type DateOrder, type ImportFieldKey, type ImportFileSummary, type ImportPreview } from "@/lib/import/schema";
import { ColumnSelect } from "./column-select";
import { StepSection } from "./step-section";

type Props = {
  file: ImportFileSummary;
  mapping: (ImportFieldKey | "")[];
  dateOrder: DateOrder | "";
  onChange: (mapping: (ImportFieldKey | "")[], dateOrder: DateOrder | "") => void;
  onPreview: (preview: ImportPreview) => void;
  onBack: () => void;
};

const rows = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "row" : "rows"}`;
const neverWords = neverExpiresWords.map((word) => `“${word}”`).join(", ");

/** Step 2: each spreadsheet column gets a Tokenbook field (or is ignored), and the date order is asked. */
export function MatchColumnsStep({ file, mapping, dateOrder, onChange, onPreview, onBack }: Props) {
  const [server, setServer] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  const live = mappingProblems(file.columns.map((c) => c.header), mapping);
  const fields = { ...server?.fields, ...live };
  const needsOrder = file.dateExample !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(live).length > 0) return setServer({ message: "Some columns need matching before the rows can be checked.", fields: {} });
    if (needsOrder && !dateOrder) return setServer({ message: "Choose how the dates in your file are written.", fields: { dateOrder: "Choose whether the day or the month comes first." } });
    setServer(null);
    startTransition(async () => {
      const result = await previewImportAction({ fileName: file.fileName, csvText: file.csvText, mapping, dateOrder }).catch(() => null);
      if (!result) setServer({ message: "The file could not be sent for checking. If it is over 1 MB, split it into smaller files; otherwise check your connection and try again.", fields: {} });
      else if (!result.ok) setServer({ message: result.message, fields: result.fields ?? {} });
      else onPreview(result.data);
    });
  };

  return (
    <StepSection id="match-columns" title="Step 2: Match your columns" focusOnOpen>
      <p className="text-sm text-slate-700">
        We read {rows(file.rowCount)} from <span className="font-medium">{file.fileName}</span>. For each column of your spreadsheet, choose what it holds in Tokenbook. We
        guessed the obvious ones; check them.
      </p>
      <form onSubmit={submit} noValidate className="space-y-6" aria-label="Match columns" aria-busy={pending}>
        {fields.mapping && <Notice tone="warning">{fields.mapping}</Notice>}
        <div className="grid gap-5 sm:grid-cols-2">
          {file.columns.map((column) => (
            <ColumnSelect
              key={column.index}
              column={column}
              value={mapping[column.index] ?? ""}
              error={fields[`column.${column.index}`]}
              onChange={(value) => onChange(mapping.map((field, index) => (index === column.index ? value : field)), dateOrder)}
            />
          ))}
        </div>
        <div className="space-y-3 border-t border-slate-200 pt-5">
          <h3 className="font-medium text-slate-900">Dates</h3>
          <p className="text-sm text-slate-700">Dates like 2026-12-31 are always understood. In the expiry column, {neverWords} mean the token does not expire.</p>
          {needsOrder && (
            <div className="max-w-md space-y-1">
              <SelectField label="How are dates written in your file?" name="dateOrder" value={dateOrder} error={fields.dateOrder} aria-describedby={fields.dateOrder ? "date-order-hint dateOrder-error" : "date-order-hint"} onChange={(event) => onChange(mapping, event.target.value as DateOrder | "")}>
                <option value="">Choose…</option>
                {dateOrders.map((order) => (
                  <option key={order} value={order}>
                    {dateOrderLabels[order]}
                  </option>
                ))}
              </SelectField>
              <p id="date-order-hint" className="text-sm text-slate-700">
                Line {file.dateExample!.line} has the date “{file.dateExample!.value}”. Dates written like this mean different days in different countries, so Tokenbook asks rather than guesses.
              </p>
            </div>
          )}
        </div>
        {server && (
          <div role="alert">
            <Notice tone="error">{server.message}</Notice>
          </div>
        )}
        <div className="flex flex-wrap gap-3">
          <Button needsScript type="submit" disabled={pending}>
            {pending ? `Checking ${rows(file.rowCount)}…` : "Check the rows"}
          </Button>
          <Button needsScript type="button" variant="secondary" onClick={onBack} disabled={pending}>
            Choose another file
          </Button>
        </div>
      </form>
    </StepSection>
  );
}
