import { stringify } from "csv-stringify/sync";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseTokenListQuery, tokenListSearch, type TokenListQuery } from "./list-query";
import { tokenListOrderBy, tokenListWhere } from "./list-tokens";
import { criticalityLabels, environmentLabels } from "./schema";
import { tokenCsvColumns, tokenCsvListSeparator, type TokenCsvKey } from "./token-csv-columns";
import { readStatusClock } from "./read-status-clock";
import { statusSelect, tokenStatus, type StatusClock } from "./token-status";
import { tokenStatusWords } from "./token-status-words";
import { streamText } from "@/lib/http/stream-text";
import { csvCellText } from "@/lib/text/output-text";

export const tokenExportLimit = 50_000;
const batchSize = 1_000;

// The import-facing columns, with the derived status added after "Environment" for people reading the file.
export const tokenExportColumns: { key: string; header: string }[] = tokenCsvColumns.flatMap(([key, header]) =>
  key === "environment"
    ? [
        { key, header },
        { key: "status", header: "Status" },
      ]
    : [{ key, header }],
);

// Must match listTokens' order, so the file lists tokens as the screen does (a test compares them).
const exportSelect = {
  ...statusSelect,
  id: true,
  name: true,
  service: true,
  environment: true,
  purpose: true,
  secretLocation: true,
  scopes: true,
  issuedOn: true,
  expiresOn: true,
  rotateEveryDays: true,
  lastRotatedOn: true,
  rotationDueOn: true,
  criticality: true,
  consoleUrl: true,
  notes: true,
  state: true,
  backupId: true,
  owner: { select: { email: true, active: true } },
  backup: { select: { email: true, active: true } },
  team: { select: { name: true } },
  dependents: { select: { name: true }, orderBy: { position: "asc" } },
  tags: { select: { name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.TokenSelect;

type ExportedToken = Prisma.TokenGetPayload<{ select: typeof exportSelect }>;

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

function csvRecord(token: ExportedToken, clock: StatusClock): Record<TokenCsvKey | "status", string> {
  const record = {
    name: token.name,
    service: token.service,
    environment: environmentLabels[token.environment],
    status: tokenStatusWords[tokenStatus(token, clock)].label,
    purpose: token.purpose,
    dependents: token.dependents.map((d) => d.name).join(tokenCsvListSeparator),
    secretLocation: token.secretLocation,
    scopes: token.scopes ?? "",
    ownerEmail: token.owner.email,
    backupEmail: token.backup?.email ?? "",
    team: token.team?.name ?? "",
    issuedOn: isoDate(token.issuedOn),
    expiresOn: token.expiresOn ? isoDate(token.expiresOn) : "never",
    rotateEveryDays: token.rotateEveryDays === null ? "" : String(token.rotateEveryDays),
    lastRotatedOn: isoDate(token.lastRotatedOn),
    criticality: criticalityLabels[token.criticality],
    consoleUrl: token.consoleUrl ?? "",
    tags: token.tags.map((t) => t.name).join(tokenCsvListSeparator),
    notes: token.notes ?? "",
  };
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, csvCellText(value)])) as typeof record;
}

/**
 * The rows in the list's order, a batch at a time. The order is read once as ids (a snapshot, so
 * edits made during the download neither skip nor repeat a row), then the records a batch at a time.
 */
export async function* tokenExportRecords(query: TokenListQuery, now: Date) {
  const clock = await readStatusClock(now);
  const ordered = await db.token.findMany({
    where: tokenListWhere(query, clock),
    orderBy: tokenListOrderBy(query.sort, query.dir),
    select: { id: true },
    take: tokenExportLimit,
  });
  for (let start = 0; start < ordered.length; start += batchSize) {
    const ids = ordered.slice(start, start + batchSize).map((row) => row.id);
    const byId = new Map(
      (await db.token.findMany({ where: { id: { in: ids } }, select: exportSelect })).map((token) => [token.id, token]),
    );
    // A token deleted since the ids were read is simply left out.
    yield ids.flatMap((id) => (byId.has(id) ? [csvRecord(byId.get(id)!, clock)] : []));
  }
}

async function* tokenCsvChunks(query: TokenListQuery, now: Date) {
  yield stringify([], { bom: true, header: true, columns: tokenExportColumns });
  // Cells that start like a formula get a leading ' so a spreadsheet shows them instead of running them.
  for await (const records of tokenExportRecords(query, now))
    yield stringify(records, { columns: tokenExportColumns, escape_formulas: true });
}

/**
 * The list view as kept in the audit row: chosen filters only, and the names of free-text searches
 * used without their text — a search box may hold anything, even a pasted key, and this log is forever.
 */
function auditedView(query: TokenListQuery) {
  const searched = (["q", "service", "tag"] as const).filter((field) => query[field] !== undefined);
  const view = tokenListSearch(query, {
    after: undefined,
    before: undefined,
    size: undefined,
    q: undefined,
    service: undefined,
    tag: undefined,
  });
  return searched.length > 0 ? `${view}${view ? "&" : ""}searched=${searched.join(",")}` : view;
}

/**
 * Anyone signed in may export the list; each export is audited with the view it was made from (and its format when not
 * CSV).
 */
export async function startTokenExport(
  actor: Actor | null,
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  format?: "xlsx",
) {
  const reader = await authorize(actor, "token.export", isSignedIn);
  const query = parseTokenListQuery(params);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: reader,
      action: "token.exported",
      after: { view: auditedView(query), ...(format ? { format } : {}) },
    }),
  );
  return query;
}

/**
 * The current list view (every page, up to 50,000 tokens) as CSV, for anyone signed in. Never a secret: none is stored.
 */
export async function exportTokensCsv(
  actor: Actor | null,
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  now = new Date(),
): Promise<ReadableStream<Uint8Array>> {
  const query = await startTokenExport(actor, params);
  return streamText(tokenCsvChunks(query, now));
}

/** "tokenbook-tokens-2026-03-31.csv", dated in UTC like the rest of Tokenbook. */
export const tokenCsvFileName = (now = new Date()) => `tokenbook-tokens-${now.toISOString().slice(0, 10)}.csv`;
