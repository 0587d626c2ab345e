import type { Prisma } from "@/lib/generated/prisma/client";
import type { Criticality, Environment, TokenState } from "@/lib/generated/prisma/enums";

/** A token row as inserted in bulk: ids made by the caller, so nothing has to come back. */
export type TokenRow = {
  id: string;
  name: string;
  nameKey: string;
  service: string;
  serviceKey: string;
  purpose: string;
  environment: Environment;
  secretLocation: string;
  scopes: string | null;
  ownerId: string;
  backupId: string | null;
  teamId: string | null;
  issuedOn: Date | null;
  expiresOn: Date | null;
  rotateEveryDays: number | null;
  lastRotatedOn: Date | null;
  criticality: Criticality;
  consoleUrl: string | null;
  notes: string | null;
  state?: TokenState;
  stateChangedAt?: Date | null;
};

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const column = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);

// Each table's rows are sent as one array a column and unnested by PostgreSQL: a few statements in
// all instead of several a token (the import's batches, the bench's 100,000 demo tokens).

export function insertTokenRows(tx: Prisma.TransactionClient, tokens: TokenRow[]) {
  return tx.$executeRaw`
    INSERT INTO "tokens" ("id", "name", "name_key", "service", "service_key", "purpose", "environment", "secret_location", "scopes", "owner_id", "backup_id", "team_id",
      "issued_on", "expires_on", "rotate_every_days", "last_rotated_on", "criticality", "console_url", "notes", "state", "state_changed_at", "updated_at")
    SELECT id, name, name_key, service, service_key, purpose, environment::"Environment", secret_location, scopes, owner_id, backup_id, team_id,
      issued_on::date, expires_on::date, rotate_every_days, last_rotated_on::date, criticality::"Criticality", console_url, notes,
      state::"TokenState", state_changed_at::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM unnest(
      ${column(tokens, (t) => t.id)}::text[], ${column(tokens, (t) => t.name)}::text[], ${column(tokens, (t) => t.nameKey)}::text[],
      ${column(tokens, (t) => t.service)}::text[], ${column(tokens, (t) => t.serviceKey)}::text[], ${column(tokens, (t) => t.purpose)}::text[],
      ${column(tokens, (t) => t.environment)}::text[], ${column(tokens, (t) => t.secretLocation)}::text[], ${column(tokens, (t) => t.scopes)}::text[],
      ${column(tokens, (t) => t.ownerId)}::text[], ${column(tokens, (t) => t.backupId)}::text[], ${column(tokens, (t) => t.teamId)}::text[],
      ${column(tokens, (t) => day(t.issuedOn))}::text[], ${column(tokens, (t) => day(t.expiresOn))}::text[], ${column(tokens, (t) => t.rotateEveryDays)}::int[],
      ${column(tokens, (t) => day(t.lastRotatedOn))}::text[], ${column(tokens, (t) => t.criticality)}::text[], ${column(tokens, (t) => t.consoleUrl)}::text[],
      ${column(tokens, (t) => t.notes)}::text[], ${column(tokens, (t) => t.state ?? "active")}::text[],
      ${column(tokens, (t) => t.stateChangedAt?.toISOString() ?? null)}::text[]
    ) AS t(id, name, name_key, service, service_key, purpose, environment, secret_location, scopes, owner_id, backup_id, team_id,
      issued_on, expires_on, rotate_every_days, last_rotated_on, criticality, console_url, notes, state, state_changed_at)`;
}

export type DependentRow = { id: string; tokenId: string; name: string; position: number };

export function insertDependentRows(tx: Prisma.TransactionClient, dependents: DependentRow[]) {
  return tx.$executeRaw`
    INSERT INTO "token_dependents" ("id", "token_id", "name", "position")
    SELECT * FROM unnest(${column(dependents, (d) => d.id)}::text[], ${column(dependents, (d) => d.tokenId)}::text[], ${column(dependents, (d) => d.name)}::text[], ${column(dependents, (d) => d.position)}::int[])`;
}

/** Links of the implicit many-to-many table of Tag and Token: "A" is the tag, "B" the token. */
export function insertTagLinks(tx: Prisma.TransactionClient, links: { tagId: string; tokenId: string }[]) {
  return tx.$executeRaw`INSERT INTO "_TagToToken" ("A", "B") SELECT * FROM unnest(${column(links, (l) => l.tagId)}::text[], ${column(links, (l) => l.tokenId)}::text[])`;
}
