import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/send-mail";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { tokenSnapshot, tokenWithRelations } from "@/lib/tokens/token-snapshot";
import { parseInput } from "@/lib/validation/parse-input";
import { leakNotice } from "@/lib/channels/leak-notice";
import { queueLeakChannelAlerts } from "@/lib/channels/queue-leak-alerts";
import { compromiseAlertEmail } from "./compromise-alert";
import { compromiseNoteLabel } from "./field-labels";
import { queueAlerts } from "./queue-alerts";
import { reportCompromisedSchema } from "./schema";

/**
 * Anyone signed in may raise the alarm. The state change, its audit row and the alerts to owner,
 * backup and every active admin are committed together, so no report can lose its alerts; they
 * are then delivered at once (a failed delivery stays in the outbox and is retried).
 */
export async function reportCompromised(
  actor: Actor | null,
  tokenId: string,
  input: { note?: string } = {},
  now = new Date(),
) {
  const me = await authorize(actor, "token.report_compromised", isSignedIn, { type: "token", id: tokenId });
  await refuseSecrets([{ field: "note", label: compromiseNoteLabel, value: input?.note }]);
  const { note } = parseInput(reportCompromisedSchema, input);
  const { token, alerts } = await db.$transaction(async (tx) => {
    const before = await tx.token.findUnique({ where: { id: tokenId }, include: tokenWithRelations });
    if (!before) throw new NotFoundError("That token no longer exists.");
    if (before.state === "retired")
      throw new ConflictError(
        "This token is retired and no longer in use. If it still works somewhere, tell an admin.",
      );
    if (before.state === "compromised")
      throw new ConflictError(
        "This token was already reported as compromised; its owner, backup and the admins have been told.",
      );
    const token = await tx.token.update({
      where: { id: tokenId },
      data: {
        state: "compromised",
        stateChangedAt: now,
        compromisedAt: now,
        compromiseNote: note || null,
        revokedAt: null,
        revokeReason: null,
      },
      include: tokenWithRelations,
    });
    await recordAudit(tx, {
      actor: me,
      action: "token.reported_compromised",
      recordType: "token",
      recordId: tokenId,
      before: tokenSnapshot(before),
      after: { ...tokenSnapshot(token), compromiseNote: token.compromiseNote },
    });
    const admins = await tx.user.findMany({
      where: { role: "admin", active: true },
      select: { name: true, email: true, active: true },
    });
    const alerts = await queueAlerts(
      tx,
      [token.owner, token.backup, ...admins],
      (recipient) => compromiseAlertEmail({ token, reportedBy: me.name, note, recipient }),
      {
        kind: "compromise-alert",
        about: `Leaked token: ${token.name}`,
      },
    );
    // The team's channel and any company-wide leak channel hear it too, committed with the rest.
    const posts = await queueLeakChannelAlerts(tx, tokenId, now, leakNotice(token, me.name, note));
    return { token, alerts: [...alerts, ...posts.map((id) => ({ id }))] };
  });
  const deliveries = await Promise.all(alerts.map((alert) => deliverMail(alert.id)));
  return { token, deliveries };
}
