import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";

/** Whether the signed-in person gets one daily email instead of one per token. */
export async function getReminderDigest(actor: Actor | null): Promise<boolean> {
  const me = await authorize(actor, "reminder.view_digest", isSignedIn);
  return (await db.user.findUniqueOrThrow({ where: { id: me.id }, select: { reminderDigest: true } })).reminderDigest;
}

/** Each person chooses for themselves; reminders already waiting for a digest still go out in the next one. */
export async function setReminderDigest(actor: Actor | null, on: boolean): Promise<boolean> {
  const me = await authorize(actor, "reminder.set_digest", isSignedIn);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { reminderDigest: true } });
    await tx.user.update({ where: { id: me.id }, data: { reminderDigest: on } });
    if (before.reminderDigest !== on) {
      await recordAudit(tx, {
        actor: me,
        action: "reminder.digest_changed",
        recordType: "person",
        recordId: me.id,
        before,
        after: { reminderDigest: on },
      });
    }
    return on;
  });
}
