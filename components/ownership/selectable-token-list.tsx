import { CircleCheck, TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { useHydrated } from "@/components/ui/use-hydrated";
import { TokenStatusBadge } from "@/components/token-status/token-status-badge";
import { TokenBackup, TokenExpiry, TokenName, TokenPerson } from "@/components/token-table/token-cells";
import type { TokenTableRow } from "@/components/token-table/token-table-row";

type Props = {
  id: string;
  title: string;
  description: string;
  count: number;
  rows: TokenTableRow[];
  selected: Set<string>;
  problems: Record<string, string>;
  onToggle: (ids: string[], on: boolean) => void;
};

/** One section of the Ownership page: its count, its tokens with a checkbox each, and "select all in this section". */
export function SelectableTokenList({ id, title, description, count, rows, selected, problems, onToggle }: Props) {
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  // A tick before the page's script runs would show as selected but not count: the boxes wait for it.
  const hydrated = useHydrated();
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title} <span className="font-normal text-slate-700">({count})</span>
        </h2>
        <p className="text-sm text-slate-700">{description}</p>
      </div>
      {rows.length === 0 ? (
        <p className="text-emerald-800">
          <InlineIcon icon={CircleCheck} />
          Nothing here.
        </p>
      ) : (
        <>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={allSelected}
              disabled={!hydrated}
              onChange={(event) =>
                onToggle(
                  rows.map((row) => row.id),
                  event.target.checked,
                )
              }
            />
            Select all {rows.length} in this section
          </label>
          {count > rows.length && (
            <p className="text-sm text-slate-700">
              Showing the {rows.length} most critical of {count}. Assign these, and the next ones appear.
            </p>
          )}
          <ul aria-labelledby={id} className="divide-y divide-slate-200 border-t border-slate-200">
            {rows.map((row) => (
              <li key={row.id} className="flex gap-3 py-3 text-sm">
                <input
                  type="checkbox"
                  aria-label={`Select ${row.name}`}
                  className="mt-1 h-4 w-4 shrink-0"
                  checked={selected.has(row.id)}
                  disabled={!hydrated}
                  onChange={(event) => onToggle([row.id], event.target.checked)}
                />
                <div className="grid flex-1 gap-x-6 gap-y-1 sm:grid-cols-[2fr_1fr_1fr_1fr]">
                  <TokenName row={row} />
                  <div>
                    <span className="text-slate-600">Owner: </span>
                    <TokenPerson person={row.owner} />
                  </div>
                  <div>
                    <span className="text-slate-600">Backup: </span>
                    <TokenBackup backup={row.backup} />
                  </div>
                  <div className="space-y-1">
                    <TokenStatusBadge status={row.status} />
                    <div className="text-slate-700">
                      {row.criticality} · <TokenExpiry expires={row.expires} />
                    </div>
                  </div>
                  {problems[row.id] && (
                    <p className="text-red-800 sm:col-span-4">
                      <InlineIcon icon={TriangleAlert} />
                      {problems[row.id]}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
