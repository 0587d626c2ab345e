import type { ReactNode } from "react";
import { TokenStatusBadge } from "@/components/token-status/token-status-badge";
import { TokenBackup, TokenExpiry, TokenName, TokenPerson } from "./token-cells";
import type { TokenTableRow } from "./token-table-row";

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-24 shrink-0 text-slate-600">{term}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

/** Phones: one card per token, every answer ("whose is it, is it expired?") readable without scrolling sideways. */
export function TokenCards({ rows }: { rows: TokenTableRow[] }) {
  return (
    <ul className="space-y-3 sm:hidden" aria-label="Tokens">
      {rows.map((row) => (
        <li key={row.id} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <TokenName row={row} as="h2" />
            <TokenStatusBadge status={row.status} />
          </div>
          <dl className="space-y-1">
            <Detail term="Expires">
              <TokenExpiry expires={row.expires} />
            </Detail>
            <Detail term="Owner">
              <TokenPerson person={row.owner} />
            </Detail>
            <Detail term="Backup">
              <TokenBackup backup={row.backup} />
            </Detail>
            <Detail term="Team">{row.team ?? <span className="text-slate-600">No team</span>}</Detail>
            <Detail term="Criticality">{row.criticality}</Detail>
          </dl>
        </li>
      ))}
    </ul>
  );
}
