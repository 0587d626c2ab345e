import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { auditEventsWhere } from "./audit-events-where";
import { auditActionGroup, describeAuditAction } from "./describe-audit-action";
import { loadAuditNames } from "./load-audit-names";
import { auditEventSelect, presentAuditEvent } from "./present-audit-event";
import { parseAuditFilters, type AuditSearchParams } from "./schema";

export const auditPageSize = 50;

/** The audit log for admins, newest first, 50 at a time; pass `olderThan` back as `before` for the next page. */
export async function listAuditEvents(actor: Actor | null, params: AuditSearchParams) {
  await authorize(actor, "audit.list", isAdmin);
  const filters = parseAuditFilters(params);
  const rows = await db.auditEvent.findMany({
    where: auditEventsWhere(filters),
    orderBy: { id: "desc" },
    take: auditPageSize + 1,
    select: auditEventSelect,
  });
  const page = rows.slice(0, auditPageSize);
  const names = await loadAuditNames(page);
  const events = page.map((event) => presentAuditEvent(event, names));
  return { events, olderThan: rows.length > auditPageSize ? events[events.length - 1].id : null };
}

/** Every action in the log, and each kind of action ("person."), with plain words, for the filter list. */
export async function listAuditActions(actor: Actor | null) {
  await authorize(actor, "audit.list", isAdmin);
  const rows = await db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  const actions = rows.map((row) => row.action);
  const groups = [...new Set(actions.map(auditActionGroup).filter((group) => group !== null))];
  const option = (value: string) => ({ value, label: describeAuditAction(value) });
  return { groups: groups.map(option), actions: actions.map(option) };
}
