import { likeLiteral } from "@/lib/db-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "./schema";
import { addDays } from "@/lib/dates/calendar-day";

const startOfDay = (date: string) => new Date(`${date}T00:00:00.000Z`);

function matchAction(action: string): Prisma.AuditEventWhereInput {
  return action.endsWith(".") ? { action: { startsWith: likeLiteral(action) } } : { action };
}

function matchPerson(person: string): Prisma.AuditEventWhereInput {
  const part = { contains: likeLiteral(person), mode: "insensitive" as const };
  // The email kept on the row is what it was at the time; the person may have changed it since.
  return { OR: [{ actorId: person }, { actorEmail: part }, { actor: { email: part } }, { actor: { name: part } }] };
}

/** The audit rows the filters ask for; dates are whole UTC calendar days, both ends included. */
export function auditEventsWhere(filters: AuditFilters, olderThan = filters.before): Prisma.AuditEventWhereInput {
  const conditions: Prisma.AuditEventWhereInput[] = [];
  if (filters.person) conditions.push(matchPerson(filters.person));
  if (filters.action) conditions.push(matchAction(filters.action));
  if (filters.recordType) conditions.push({ recordType: filters.recordType });
  if (filters.recordId) conditions.push({ recordId: filters.recordId });
  if (filters.from) conditions.push({ at: { gte: startOfDay(filters.from) } });
  if (filters.to) conditions.push({ at: { lt: addDays(startOfDay(filters.to), 1) } });
  if (olderThan !== undefined) conditions.push({ id: { lt: olderThan } });
  return { AND: conditions };
}
