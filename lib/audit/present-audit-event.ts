import type { Prisma } from "@/lib/generated/prisma/client";
import { describeAuditAction } from "./describe-audit-action";
import { describeChanges } from "./describe-changes";

export const auditEventSelect = {
  id: true,
  at: true,
  actorId: true,
  actorEmail: true,
  action: true,
  recordType: true,
  recordId: true,
  before: true,
  after: true,
  ipAddress: true,
  userAgent: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditEventRecord = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

/** Who did it: a person, or Tokenbook itself (with the address or setting it acted for, if any). */
export function describeAuditActor(event: AuditEventRecord) {
  if (event.actor) return { name: event.actor.name, detail: event.actorEmail ?? event.actor.email };
  return { name: "Tokenbook", detail: event.actorEmail };
}

/** One audit row in the words the audit page shows. */
export function presentAuditEvent(event: AuditEventRecord) {
  return {
    id: event.id.toString(),
    at: event.at,
    who: describeAuditActor(event),
    action: event.action,
    description: describeAuditAction(event.action),
    recordType: event.recordType,
    recordId: event.recordId,
    changes: describeChanges(event.before, event.after),
  };
}

export type AuditEventView = ReturnType<typeof presentAuditEvent>;
