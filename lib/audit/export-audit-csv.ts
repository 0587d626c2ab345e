import { stringify, type ColumnOption } from "csv-stringify/sync";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { auditEventsWhere } from "./audit-events-where";
import { presentAuditEvent, auditEventSelect, type AuditEventRecord } from "./present-audit-event";
import type { AuditNames } from "./audit-field-words";
import { loadAuditNames } from "./load-audit-names";
import { recordAudit } from "./record-audit";
import { parseAuditFilters, type AuditFilters, type AuditSearchParams } from "./schema";
import { streamText } from "@/lib/http/stream-text";
import { csvCellText } from "@/lib/text/output-text";

export const auditExportLimit = 50_000;
const batchSize = 1_000;

const columns: ColumnOption[] = [
  { key: "id", header: "Entry" },
  { key: "at", header: "When (UTC)" },
  { key: "who", header: "Who" },
  { key: "email", header: "Email or source" },
  { key: "action", header: "Action" },
  { key: "description", header: "What happened" },
  { key: "about", header: "About" },
  { key: "recordType", header: "Record type" },
  { key: "recordId", header: "Record ID" },
  { key: "changes", header: "Changes" },
  { key: "before", header: "Before (JSON)" },
  { key: "after", header: "After (JSON)" },
  { key: "ipAddress", header: "IP address" },
  { key: "userAgent", header: "Browser" },
];

const json = (value: unknown) => (value === null ? "" : JSON.stringify(value));

function csvRecord(event: AuditEventRecord, names: AuditNames) {
  const view = presentAuditEvent(event, names);
  return {
    id: view.id,
    at: view.at.toISOString(),
    who: view.who.name,
    email: view.who.detail ?? "",
    action: view.action,
    description: view.description,
    about: view.about?.text ?? "",
    recordType: view.recordType ?? "",
    recordId: view.recordId ?? "",
    changes: view.changes.map((change) => [change.text, ...change.details].join(": ")).join("; "),
    before: json(event.before),
    after: json(event.after),
    ipAddress: event.ipAddress ?? "",
    userAgent: event.userAgent ?? "",
  };
}

// Cells that start like a formula get a leading ' so a spreadsheet shows them instead of running them.
const toCsv = (records: ReturnType<typeof csvRecord>[]) =>
  stringify(
    records.map((record) =>
      Object.fromEntries(Object.entries(record).map(([key, value]) => [key, csvCellText(value)])),
    ),
    { columns, escape_formulas: true },
  );

/** The header, then the matching rows newest first, read a batch at a time by id so none is skipped. */
async function* auditCsvChunks(filters: AuditFilters) {
  yield stringify([], { bom: true, header: true, columns });
  let olderThan = filters.before;
  for (let written = 0; written < auditExportLimit;) {
    const take = Math.min(batchSize, auditExportLimit - written);
    const rows = await db.auditEvent.findMany({
      where: auditEventsWhere(filters, olderThan),
      orderBy: { id: "desc" },
      take,
      select: auditEventSelect,
    });
    if (rows.length > 0) {
      const names = await loadAuditNames(rows);
      yield toCsv(rows.map((row) => csvRecord(row, names)));
    }
    if (rows.length < take) return;
    written += rows.length;
    olderThan = rows[rows.length - 1].id;
  }
}

/**
 * What the audit row keeps about the filters: the chosen action and dates, and only which free-text
 * searches were used. A search box may hold anything, even a pasted key, and this log is forever.
 */
function auditedFilters(filters: AuditFilters) {
  const searched = (["person", "recordType", "recordId"] as const).filter((field) => filters[field] !== undefined);
  return { action: filters.action, from: filters.from, to: filters.to, ...(searched.length > 0 ? { searched } : {}) };
}

/** The audit log as CSV for admins, up to 50,000 newest matching rows; the download itself is logged. */
export async function exportAuditCsv(
  actor: Actor | null,
  params: AuditSearchParams,
): Promise<ReadableStream<Uint8Array>> {
  const admin = await authorize(actor, "audit.export", isAdmin);
  const filters = parseAuditFilters(params);
  await db.$transaction((tx) =>
    recordAudit(tx, { actor: admin, action: "audit.exported", after: { filters: auditedFilters(filters) } }),
  );
  const chunks = auditCsvChunks(filters);
  return streamText(chunks);
}

/** "tokenbook-audit-2026-03-31.csv", dated in UTC like the rest of Tokenbook. */
export const auditCsvFileName = (now = new Date()) => `tokenbook-audit-${now.toISOString().slice(0, 10)}.csv`;
