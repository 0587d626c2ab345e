import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  /** null when the system itself acts (start-up, scheduled jobs) or nobody is signed in. */
  actor: Actor | null;
  action: string;
  recordType?: string;
  recordId?: string;
  before?: unknown;
  after?: unknown;
  /** For events where nobody is signed in, e.g. a sign-in link requested for an address. */
  actorEmail?: string;
};

// Ids are cuids or numbers: anything longer came from someone probing, and is kept only in part.
const longestKept = 100;
const capped = (value: string | undefined) =>
  value !== undefined && value.length > longestKept ? `${value.slice(0, longestKept)}…` : value;

const asJson = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

const auditRow = (entry: AuditEntry) => ({
  actorId: entry.actor?.id,
  actorEmail: entry.actor?.email ?? entry.actorEmail,
  action: entry.action,
  recordType: capped(entry.recordType),
  recordId: capped(entry.recordId),
  before: asJson(entry.before),
  after: asJson(entry.after),
  ipAddress: entry.actor?.ipAddress ?? undefined,
  userAgent: entry.actor?.userAgent ?? undefined,
  apiKeyId: entry.actor?.apiKey?.id,
});

/**
 * Writes one audit row with the caller's transaction client, so the change and its audit row
 * commit or roll back together.
 */
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditEvent.create({ data: auditRow(entry) });
}

/**
 * Many audit rows in one statement, in the caller's transaction (e.g. one per imported token): each column sent as one
 * array.
 */
export function recordAudits(tx: Prisma.TransactionClient, entries: AuditEntry[]) {
  if (entries.length === 0) return Promise.resolve(0);
  const rows = entries.map(auditRow);
  const column = <V>(pick: (row: (typeof rows)[number]) => V) => rows.map(pick);
  const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));
  return tx.$executeRaw`
    INSERT INTO "audit_events" ("actor_id", "actor_email", "action", "record_type", "record_id", "before", "after", "ip_address", "user_agent", "api_key_id")
    SELECT actor_id, actor_email, action, record_type, record_id, before::jsonb, after::jsonb, ip_address, user_agent, api_key_id
    FROM unnest(
      ${column((row) => row.actorId ?? null)}::text[], ${column((row) => row.actorEmail ?? null)}::text[], ${column((row) => row.action)}::text[],
      ${column((row) => row.recordType ?? null)}::text[], ${column((row) => row.recordId ?? null)}::text[], ${column((row) => json(row.before))}::text[],
      ${column((row) => json(row.after))}::text[], ${column((row) => row.ipAddress ?? null)}::text[], ${column((row) => row.userAgent ?? null)}::text[],
      ${column((row) => row.apiKeyId ?? null)}::text[]
    ) AS a(actor_id, actor_email, action, record_type, record_id, before, after, ip_address, user_agent, api_key_id)`;
}
