import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { loadAuditNames } from "@/lib/audit/load-audit-names";
import { presentAuditEvent, auditEventSelect } from "@/lib/audit/present-audit-event";
import { db } from "@/lib/db";

/** Every recorded change to one token, newest first: who, when, what, in sentences. */
export async function getTokenHistory(actor: Actor | null, tokenId: string) {
  await authorize(actor, "token.view_history", isSignedIn, { type: "token", id: tokenId });
  const events = await db.auditEvent.findMany({
    where: { recordType: "token", recordId: tokenId },
    orderBy: { id: "desc" },
    take: 200,
    select: auditEventSelect,
  });
  const names = await loadAuditNames(events);
  return events.map((event) => presentAuditEvent(event, names));
}
