import { formatDate, relativeDays } from "@/lib/dates/format-date";
import type { TokenListRow } from "@/lib/tokens/list-tokens";
import { criticalityLabels, environmentLabels } from "@/lib/tokens/schema";
import type { TokenStatus } from "@/lib/tokens/token-status";

type PersonOnRow = { name: string; active: boolean };

/** One row of the token list, already in words, so the client table needs no dates or label maps. */
export type TokenTableRow = {
  id: string;
  name: string;
  service: string;
  environment: string;
  status: TokenStatus;
  /** null: the token does not expire. */
  expires: { date: string; distance: string } | null;
  owner: PersonOnRow;
  backup: PersonOnRow | null;
  team: string | null;
  criticality: string;
};

const person = ({ name, active }: PersonOnRow): PersonOnRow => ({ name, active });

// Worded on the server with one `now`, so the browser never recomputes "in 7 days" differently.
export function presentTokenRow(row: TokenListRow, now: Date): TokenTableRow {
  return {
    id: row.id,
    name: row.name,
    service: row.service,
    environment: environmentLabels[row.environment],
    status: row.status,
    expires: row.expiresOn ? { date: formatDate(row.expiresOn), distance: relativeDays(row.expiresOn, now) } : null,
    owner: person(row.owner),
    backup: row.backup ? person(row.backup) : null,
    team: row.team?.name ?? null,
    criticality: criticalityLabels[row.criticality],
  };
}
