import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/** Ends every session of the actor, on every device. */
export async function signOutEverywhere(actor: Actor) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, { actor, action: "auth.signed_out_everywhere", recordType: "person", recordId: actor.id, after: { sessionsEnded: count } });
  });
}
