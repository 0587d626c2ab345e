import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { renderEmail } from "@/lib/mail/render-email";
import { deliverMail, queueMail } from "@/lib/mail/send-mail";

export const pausedNote = (name: string, reason: string | null) =>
  `Not sent: the channel “${name}” is paused${reason ? ` (${reason})` : ""}. Resume it in Settings, then send this again.`;

export const channelPausedNoticeKind = "channel-paused-notice";

/**
 * Pauses a channel and tells every active admin by email, once: the conditional update lets exactly
 * one caller (of any instance) pause it. Its waiting messages are marked failed, to send again after
 * the channel is resumed.
 */
export async function pauseChannel(channelId: string, reason: string, now: Date): Promise<void> {
  const notices = await db.$transaction(async (tx) => {
    const [paused] = await tx.notificationChannel.updateManyAndReturn({
      where: { id: channelId, pausedAt: null },
      data: { pausedAt: now, pausedReason: reason },
      select: { name: true },
    });
    if (!paused) return [];
    await recordAudit(tx, {
      actor: null,
      action: "channel.paused",
      recordType: "channel",
      recordId: channelId,
      after: { name: paused.name, reason },
    });
    await tx.outboxMessage.updateMany({
      where: { channelId, status: "queued" },
      data: { status: "failed", lastError: pausedNote(paused.name, reason), nextAttemptAt: null },
    });
    const admins = await tx.user.findMany({ where: { role: "admin", active: true }, select: { email: true } });
    const { text, html } = renderEmail({
      preheader: `Messages to “${paused.name}” are on hold`,
      heading: `Tokenbook paused the channel “${paused.name}”`,
      paragraphs: [
        `Messages to “${paused.name}” kept failing, so Tokenbook stopped sending to it. Reminders still go out by email.`,
        `What went wrong: ${reason}`,
        "If the address was revoked, make a new one at the service, add it as a channel in Settings and route the team to it. Otherwise resume the channel in Settings, then send the failed messages again from the Outbox.",
      ],
      button: { label: "Open Settings", url: `${env().APP_URL}/settings#channels` },
    });
    const queued = [];
    for (const admin of admins)
      queued.push(
        await queueMail(
          {
            to: admin.email,
            subject: `Tokenbook paused the channel “${paused.name}”`,
            text,
            html,
            kind: channelPausedNoticeKind,
          },
          tx,
        ),
      );
    return queued.map((mail) => mail.id);
  });
  for (const id of notices)
    await deliverMail(id, now).catch((error: unknown) =>
      console.error(`The notice about a paused channel (${id}) could not be sent yet; the retry job will:`, error),
    );
}
