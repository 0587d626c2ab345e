import type { ReactNode } from "react";

type Children = { children: ReactNode; className?: string };

/**
 * A table in a white box that scrolls sideways on a narrow screen; focusable so keyboard users can
 * scroll it too. `label` names the scrolling region for screen readers.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      {children}
    </div>
  );
}

/** `caption` is read out by screen readers only; `labelledBy` instead points at a visible heading. */
export function Table({
  caption,
  labelledBy,
  children,
  className = "",
}: Children & { caption?: string; labelledBy?: string }) {
  return (
    <table className={`w-full text-left text-sm ${className}`} aria-labelledby={labelledBy}>
      {caption && <caption className="sr-only">{caption}</caption>}
      {children}
    </table>
  );
}

type Column = string | { label: string; className: string };

/** The header row, one cell per column; a column may bring its own classes (numbers align right). */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
      <tr>
        {columns.map((column) => {
          const { label, className } = typeof column === "string" ? { label: column, className: "" } : column;
          return (
            <th key={label} scope="col" className={`px-4 py-3 font-medium wrap-normal ${className}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-200">{children}</tbody>;
}

export function Cell({ children, className = "" }: Children) {
  return <td className={`px-4 py-3 ${className}`}>{children}</td>;
}

/** The first cell of a row when it names the row (a token, a person). */
export function RowHeader({ children, className = "" }: Children) {
  return (
    <th scope="row" className={`px-4 py-3 font-normal ${className}`}>
      {children}
    </th>
  );
}

/** The one row shown when there is nothing to list. */
export function EmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="px-4 py-6 text-center text-slate-600">
        {children}
      </td>
    </tr>
  );
}
