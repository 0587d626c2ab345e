import { db } from "@/lib/db";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import type { AuditNames } from "./audit-field-words";

type NamedRow = { recordType: string | null; recordId: string | null; before: unknown; after: unknown };

// A person's own "email" is shown as the address it is, not as their name.
const personFields = ["owner", "backup", "to"];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function referencesIn(rows: NamedRow[]) {
  const ids = {
    tokens: new Set<string>(),
    people: new Set<string>(),
    teams: new Set<string>(),
    runs: new Set<string>(),
    emails: new Set<string>(),
  };
  const byType: Record<string, Set<string>> = { token: ids.tokens, person: ids.people, team: ids.teams, run: ids.runs };
  for (const row of rows) {
    if (row.recordType && row.recordId) byType[row.recordType]?.add(row.recordId);
    for (const side of [row.before, row.after]) {
      if (!isRecord(side)) continue;
      for (const field of personFields) if (typeof side[field] === "string") ids.emails.add(side[field]);
      if (typeof side.teamId === "string") ids.teams.add(side.teamId);
      if (typeof side.fromToken === "string") ids.tokens.add(side.fromToken);
    }
  }
  return ids;
}

/**
 * The names behind every id and email the rows mention, in at most four queries, so history and the audit
 * log can say "Finn Larsen" and "HubSpot reporting" where the row keeps an address or an id.
 */
export async function loadAuditNames(rows: NamedRow[]): Promise<AuditNames> {
  const ids = referencesIn(rows);
  const [runs, people, teams, timeZone] = await Promise.all([
    db.rotationRun.findMany({ where: { id: { in: [...ids.runs] } }, select: { id: true, tokenId: true } }),
    db.user.findMany({
      where: { OR: [{ id: { in: [...ids.people] } }, { email: { in: [...ids.emails] } }] },
      select: { id: true, email: true, name: true },
    }),
    db.team.findMany({ where: { id: { in: [...ids.teams] } }, select: { id: true, name: true } }),
    readTimeZone(),
  ]);
  const tokens = await db.token.findMany({
    where: { id: { in: [...ids.tokens, ...runs.map((run) => run.tokenId)] } },
    select: { id: true, name: true },
  });
  return {
    people: new Map(
      people.flatMap(
        (person) =>
          [
            [person.id, person.name],
            [person.email, person.name],
          ] as const,
      ),
    ),
    tokens: new Map(tokens.map((token) => [token.id, token.name])),
    teams: new Map(teams.map((team) => [team.id, team.name])),
    runTokens: new Map(runs.map((run) => [run.id, run.tokenId])),
    timeZone,
  };
}
