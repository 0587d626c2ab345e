import { CircleCheck, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { InlineIcon } from "@/components/ui/inline-icon";
import type { PreviewRow } from "@/lib/import/schema";
import { RowFix, SkippedRow, type RowFixProps } from "./row-fix";

// Explicit roles keep the table a table for screen readers on narrow screens, where each row is laid out as a card.
const cell = "px-3 py-2";

function Warnings({ row }: { row: PreviewRow }) {
  return row.warnings.map((warning) => (
    <p key={warning.kind} className="text-amber-900">
      <InlineIcon icon={TriangleAlert} />
      <span className="sr-only">Warning: </span>
      {warning.text}
    </p>
  ));
}

function RowCheck({ row, ...fix }: { row: PreviewRow } & RowFixProps) {
  if (row.skipped) return <SkippedRow row={row} {...fix} />;
  if (row.problems.length > 0) {
    return (
      <div className="space-y-1 text-red-900">
        <div className="font-medium">
          <InlineIcon icon={TriangleAlert} />
          Needs fixing
        </div>
        <ul className="space-y-1">
          {row.problems.map((problem, index) => (
            <li key={index}>
              {problem.column && <span className="font-medium">“{problem.column}”: </span>}
              {problem.message}
            </li>
          ))}
        </ul>
        <Warnings row={row} />
        <RowFix row={row} {...fix} />
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <span className="text-emerald-800">
        <InlineIcon icon={CircleCheck} />
        Ready
      </span>
      <Button
        needsScript
        type="button"
        variant="link"
        onClick={() => fix.onSkip(row.line, true)}
        disabled={fix.pending}
        className="ml-3"
      >
        Skip line {row.line}
      </Button>
      <Warnings row={row} />
      {row.notes.map((note, index) => (
        <p key={index} className="text-sky-950">
          <span aria-hidden="true">ℹ </span>
          <span className="sr-only">Note: </span>
          {note}
        </p>
      ))}
    </div>
  );
}

/**
 * Every row with its line in the file, as it will be saved (owner, backup, the expiry as read); bad rows say what to
 * fix, column by column.
 */
export function PreviewTable({ rows, caption, ...fix }: { rows: PreviewRow[]; caption: string } & RowFixProps) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <table role="table" className="block w-full text-left text-sm sm:table">
        <caption className="sr-only">{caption}</caption>
        <thead
          role="rowgroup"
          className="sr-only border-b border-slate-200 bg-slate-50 text-slate-700 sm:not-sr-only sm:sticky sm:top-0 sm:table-header-group"
        >
          <tr role="row">
            <th role="columnheader" scope="col" className={`${cell} font-medium`}>
              Line
            </th>
            <th role="columnheader" scope="col" className={`${cell} font-medium`}>
              Token
            </th>
            <th role="columnheader" scope="col" className={`${cell} font-medium`}>
              Owner and backup
            </th>
            <th role="columnheader" scope="col" className={`${cell} font-medium`}>
              Expires
            </th>
            <th role="columnheader" scope="col" className={`${cell} font-medium`}>
              Check
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="block divide-y divide-slate-200 sm:table-row-group">
          {rows.map((row) => (
            <tr role="row" key={row.line} className="grid grid-cols-[4.5rem_1fr] align-top sm:table-row">
              <th role="rowheader" scope="row" className={`${cell} font-normal text-slate-700`}>
                <span className="sm:hidden">Line </span>
                {row.line}
              </th>
              <td role="cell" className={cell}>
                <div className="font-medium break-words text-slate-900">{row.name || "(no name)"}</div>
                <div className="break-words text-slate-600">
                  {[row.service, row.environment].filter(Boolean).join(" · ")}
                </div>
              </td>
              <td role="cell" className={`${cell} col-start-2 break-all text-slate-700 sm:break-normal`}>
                <div>{row.owner}</div>
                <div className="text-slate-600">{row.backup ? `Backup: ${row.backup}` : "No backup"}</div>
              </td>
              <td role="cell" className={`${cell} col-start-2 text-slate-800`}>
                <span className="sm:hidden">Expires: </span>
                {row.expiry || "—"}
              </td>
              <td role="cell" className={`${cell} col-span-2`}>
                <RowCheck row={row} {...fix} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
