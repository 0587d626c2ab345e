"use client";

import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { previewImportAction } from "@/lib/import/actions";
import {
  dateOrderLabels,
  dateOrders,
  emptyExpiryChoices,
  emptyExpiryLabels,
  mappingProblems,
  oneValueFields,
  type DateOrder,
  type EmptyExpiryChoice,
  type ImportFileSummary,
  type ImportPreview,
} from "@/lib/import/import-fields";
import { ColumnSelect } from "./column-select";
import { importRequest, type ImportChoices } from "./import-choices";
import { OneValueFields } from "./one-value-fields";
import { StepSection } from "./step-section";

type Props = {
  file: ImportFileSummary;
  choices: ImportChoices;
  onChange: (choices: ImportChoices) => void;
  onPreview: (preview: ImportPreview) => void;
  onBack: () => void;
  /** Which sheet of a workbook to read, when it has several. */
  sheetPicker?: ReactNode;
};

const rows = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "row" : "rows"}`;

/** Step 2: each spreadsheet column gets a Tokenbook field (or is ignored), and the date order is asked. */
export function MatchColumnsStep({ file, choices, onChange, onPreview, onBack, sheetPicker }: Props) {
  const { mapping, dateOrder, emptyExpiry, fixedValues } = choices;
  const [server, setServer] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  const live = mappingProblems(
    file.columns.map((c) => c.header),
    mapping,
    fixedValues,
  );
  const fields = { ...server?.fields, ...live };
  const needsOrder = file.dateExample !== null;
  const expiryColumn = file.columns[mapping.indexOf("expiresOn")];
  const emptyExpiries = expiryColumn?.placeholderCount ?? 0;
  const unmatched = new Set(oneValueFields.filter((field) => !mapping.includes(field)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(live).length > 0)
      return setServer({ message: "Some columns need matching before the rows can be checked.", fields: {} });
    if (needsOrder && !dateOrder)
      return setServer({
        message: "Choose how the dates in your file are written.",
        fields: { dateOrder: "Choose whether the day or the month comes first." },
      });
    if (emptyExpiries > 0 && !emptyExpiry)
      return setServer({
        message: "Say what the empty expiry cells mean.",
        fields: { emptyExpiry: "Choose what an empty or “N/A” expiry means." },
      });
    setServer(null);
    startTransition(async () => {
      const result = await previewImportAction(importRequest(file, choices)).catch(() => null);
      if (!result)
        setServer({
          message:
            "The file could not be sent for checking. If it is over 1 MB, split it into smaller files; otherwise check your connection and try again.",
          fields: {},
        });
      else if (!result.ok) setServer({ message: result.message, fields: result.fields ?? {} });
      else onPreview(result.data);
    });
  };

  return (
    <StepSection id="match-columns" title="Step 2: Match your columns" focusOnOpen>
      <p className="text-sm text-slate-700">
        We read {rows(file.rowCount)} from <span className="font-medium">{file.fileName}</span>
        {file.sheet && <>, sheet “{file.sheet.name}”</>}. For each column of your spreadsheet, choose what it holds in
        Tokenbook. We guessed the obvious ones; check them.
      </p>
      {sheetPicker}
      <form onSubmit={submit} noValidate className="space-y-6" aria-label="Match columns" aria-busy={pending}>
        {fields.mapping && <Notice tone="warning">{fields.mapping}</Notice>}
        <div className="grid gap-5 sm:grid-cols-2">
          {file.columns.map((column) => (
            <ColumnSelect
              key={column.index}
              column={column}
              value={mapping[column.index] ?? ""}
              error={fields[`column.${column.index}`]}
              onChange={(value) =>
                onChange({
                  ...choices,
                  mapping: mapping.map((field, index) => (index === column.index ? value : field)),
                })
              }
            />
          ))}
        </div>
        <OneValueFields
          unmatched={unmatched}
          values={fixedValues}
          errors={fields}
          onChange={(values) => onChange({ ...choices, fixedValues: values })}
        />
        <div className="space-y-3 border-t border-slate-200 pt-5">
          <h3 className="font-medium text-slate-900">Dates</h3>
          <p className="text-sm text-slate-700">
            Dates like 2026-12-31, Excel date cells and dates with a time are always understood. In the expiry column,
            “never” means the token does not expire; the next step shows every date as read.
          </p>
          {emptyExpiries > 0 && (
            <div className="max-w-md space-y-1">
              <SelectField
                label={`What do the empty expiry cells mean? (${rows(emptyExpiries)})`}
                name="emptyExpiry"
                value={emptyExpiry}
                error={fields.emptyExpiry}
                aria-describedby={fields.emptyExpiry ? "empty-expiry-hint emptyExpiry-error" : "empty-expiry-hint"}
                onChange={(event) =>
                  onChange({ ...choices, emptyExpiry: event.target.value as EmptyExpiryChoice | "" })
                }
              >
                <option value="">Choose…</option>
                {emptyExpiryChoices.map((choice) => (
                  <option key={choice} value={choice}>
                    {emptyExpiryLabels[choice]}
                  </option>
                ))}
              </SelectField>
              <p id="empty-expiry-hint" className="text-sm text-slate-700">
                In “{expiryColumn!.header}”, {rows(emptyExpiries)} {emptyExpiries === 1 ? "is" : "are"} empty or say
                only “N/A”, “none”, “-” or the like. A token that does not expire is listed as a risk.
              </p>
            </div>
          )}
          {needsOrder && (
            <div className="max-w-md space-y-1">
              <SelectField
                label="How are dates written in your file?"
                name="dateOrder"
                value={dateOrder}
                error={fields.dateOrder}
                aria-describedby={fields.dateOrder ? "date-order-hint dateOrder-error" : "date-order-hint"}
                onChange={(event) => onChange({ ...choices, dateOrder: event.target.value as DateOrder | "" })}
              >
                <option value="">Choose…</option>
                {dateOrders.map((order) => (
                  <option key={order} value={order}>
                    {dateOrderLabels[order]}
                  </option>
                ))}
              </SelectField>
              <p id="date-order-hint" className="text-sm text-slate-700">
                Line {file.dateExample!.line} has the date “{file.dateExample!.value}”. Dates written like this mean
                different days in different countries, so Tokenbook asks rather than guesses.
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
