import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldLabel, type AuditNames } from "./audit-field-words";
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
  apiKey: { select: { name: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditEventRecord = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

/**
 * Who did it: a person (through one of their API keys, if so), or Tokenbook itself (with the address or setting it
 * acted for, if any).
 */
export function describeAuditActor(event: AuditEventRecord) {
  if (event.actor && event.apiKey)
    return {
      name: `API key “${event.apiKey.name}” of ${event.actor.name}`,
      detail: event.actorEmail ?? event.actor.email,
    };
  if (event.actor) return { name: event.actor.name, detail: event.actorEmail ?? event.actor.email };
  return { name: "Tokenbook", detail: event.actorEmail };
}

const fixedSubjects: Record<string, string> = {
  api_key: "An API key",
  setting: "Settings",
  runbook_template: "A runbook template",
  outbox: "The outbox",
  import: "An import",
};
const gone = (what: string) => ({ text: `A ${what} no longer in Tokenbook`, href: null });

/** What the row is about, by name, with a link to the token where there is one; never its id. */
export function describeAuditSubject(recordType: string | null, recordId: string | null, names: AuditNames) {
  if (!recordType) return null;
  if (!recordId || fixedSubjects[recordType])
    return { text: fixedSubjects[recordType] ?? fieldLabel(recordType), href: null };
  const tokenId = recordType === "run" ? names.runTokens.get(recordId) : recordType === "token" ? recordId : undefined;
  if (recordType === "token" || recordType === "run") {
    const name = tokenId && names.tokens.get(tokenId);
    return name ? { text: name, href: `/tokens/${tokenId}` } : gone("token");
  }
  if (recordType === "person")
    return names.people.has(recordId) ? { text: names.people.get(recordId)!, href: null } : gone("person");
  if (recordType === "team")
    return names.teams.has(recordId) ? { text: names.teams.get(recordId)!, href: null } : gone("team");
  return { text: fieldLabel(recordType), href: null };
}

const numberIn = (value: unknown, field: string) => {
  const found = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  return typeof found === "number" ? found : null;
};

/** "Ticked a step of a run" → "Ticked step 3 of 6"; other actions keep their words. */
function describeEvent(event: AuditEventRecord) {
  const step = numberIn(event.after, "step");
  const of = numberIn(event.after, "of");
  if (step === null || of === null || !event.action.startsWith("run.step_"))
    return { description: describeAuditAction(event.action), after: event.after };
  return {
    description: `${event.action === "run.step_checked" ? "Ticked" : "Unticked"} step ${step} of ${of} of a run`,
    after: null,
  };
}

/** One audit row in the words the history and the audit page show. */
export function presentAuditEvent(event: AuditEventRecord, names: AuditNames) {
  const { description, after } = describeEvent(event);
  return {
    id: event.id.toString(),
    at: event.at,
    who: describeAuditActor(event),
    action: event.action,
    description,
    about: describeAuditSubject(event.recordType, event.recordId, names),
    recordType: event.recordType,
    recordId: event.recordId,
    changes: describeChanges(event.before, after, names),
  };
}

export type AuditEventView = ReturnType<typeof presentAuditEvent>;
