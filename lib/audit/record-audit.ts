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
const capped = (value: string | undefined) => (value !== undefined && value.length > longestKept ? `${value.slice(0, longestKept)}…` : value);

const asJson = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/**
 * Writes one audit row with the caller's transaction client, so the change and its audit row
 * commit or roll back together.
 */
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: {
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
    },
  });
}
