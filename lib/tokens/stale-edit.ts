import { noAuditNames } from "@/lib/audit/audit-field-words";
import { describeChanges } from "@/lib/audit/describe-changes";
import { formatDateTime } from "@/lib/dates/format-date";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Refuses a save made from a form opened before someone else's change (its `version` is the
 * token's updatedAt when the form was opened), saying who changed what, so nothing is overwritten.
 */
export async function refuseStaleEdit(tx: Prisma.TransactionClient, token: { id: string; updatedAt: Date }, version: string) {
  if (version === token.updatedAt.toISOString()) return;
  const since = Date.parse(version);
  const events = await tx.auditEvent.findMany({
    where: { recordType: "token", recordId: token.id, ...(Number.isNaN(since) ? {} : { at: { gt: new Date(since) } }) },
    orderBy: { at: "desc" },
    take: 20,
    include: { actor: { select: { name: true } } },
  });
  const who = [...new Set(events.map((event) => event.actor?.name ?? "Someone"))].join(" and ") || "Someone";
  const fields = [...new Set(events.flatMap((event) => describeChanges(event.before, event.after, noAuditNames).map((change) => change.text)))];
  const when = events[0] ? ` at ${formatDateTime(events[0].at)}` : "";
  const what = fields.length ? ` (${fields.slice(0, 6).join("; ")})` : "";
  throw new ConflictError(
    `${who} changed this token${when}, after you opened this form${what}. Nothing was saved, and what you typed is still here: open the token in a new tab to see their change, then reload this page and make yours again.`,
  );
}
