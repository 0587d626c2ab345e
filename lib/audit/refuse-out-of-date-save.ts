import { noAuditNames } from "@/lib/audit/audit-field-words";
import { describeChanges } from "@/lib/audit/describe-changes";
import { formatDateTime } from "@/lib/dates/format-date";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Said when a save arrives without the version its form was opened at (a hand-made or very old request). */
export const missingVersionMessage =
  "This form is out of date or was changed. Reload the page and make your change again.";

type SavedRecord = {
  recordType: string;
  recordId: string;
  /**
   * Only audit rows whose action starts with this describe changes to the record (a runbook's rows sit on its token).
   */
  actions?: string;
  /** How the message names the record: "this token", "the reminder schedule". */
  what: string;
  /**
   * The record's version now: its updatedAt as ISO text, or the value the form shows ("" while it does not exist yet).
   */
  current: string;
};

/**
 * Every edit form of a shared record sends the version it was opened at. A save without one is
 * refused; a save from a form opened before someone else's change is refused, saying who changed
 * what, so nothing they saved is overwritten and what this person typed stays in the form.
 */
export async function refuseOutOfDateSave(
  tx: Prisma.TransactionClient,
  record: SavedRecord,
  opened: string | undefined,
) {
  if (opened === undefined) throw new InvalidInputError(missingVersionMessage, { form: missingVersionMessage });
  if (opened === record.current) return;
  const since = /^\d{4}-\d\d-\d\dT/.test(opened) ? new Date(opened) : null;
  const events = await tx.auditEvent.findMany({
    where: {
      recordType: record.recordType,
      recordId: record.recordId,
      ...(record.actions ? { action: { startsWith: record.actions } } : {}),
      ...(since && !Number.isNaN(since.getTime()) ? { at: { gt: since } } : {}),
    },
    orderBy: { at: "desc" },
    take: since ? 20 : 1,
    include: { actor: { select: { name: true } } },
  });
  const names = { ...noAuditNames, timeZone: await readTimeZone() };
  const who = [...new Set(events.map((event) => event.actor?.name ?? "Someone"))].join(" and ") || "Someone";
  const fields = [
    ...new Set(
      events.flatMap((event) => describeChanges(event.before, event.after, names).map((change) => change.text)),
    ),
  ];
  const when = events[0] ? ` at ${formatDateTime(events[0].at, names.timeZone)}` : "";
  const what = fields.length ? ` (${fields.slice(0, 6).join("; ")})` : "";
  throw new ConflictError(
    `${who} changed ${record.what}${when}, after you opened this form${what}. Nothing was saved, and what you typed is still here: open ${record.what} in a new tab to see their change, then reload this page and make yours again.`,
  );
}
