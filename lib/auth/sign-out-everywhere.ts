import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { authorize, isSignedIn } from "./authorize";

/** Ends every session of the actor, on every device. */
export async function signOutEverywhere(actor: Actor | null) {
  const me = await authorize(actor, "auth.sign_out_everywhere", isSignedIn);
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: me.id } });
    await recordAudit(tx, {
      actor: me,
      action: "auth.signed_out_everywhere",
      recordType: "person",
      recordId: me.id,
      after: { sessionsEnded: count },
    });
  });
}
