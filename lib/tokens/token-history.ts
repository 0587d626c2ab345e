import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { presentAuditEvent, auditEventSelect } from "@/lib/audit/present-audit-event";
import { db } from "@/lib/db";

/** Every recorded change to one token, newest first: who, when, what. */
export async function getTokenHistory(actor: Actor | null, tokenId: string) {
  await authorize(actor, "token.view_history", isSignedIn, { type: "token", id: tokenId });
  return db.auditEvent.findMany({
    where: { recordType: "token", recordId: tokenId },
    orderBy: { id: "desc" },
    take: 200,
    select: auditEventSelect,
  }).then((events) => events.map(presentAuditEvent));
}
