import { db } from "@/lib/db";
import type { PlannedReminder } from "@/lib/reminders/plan-reminders";
import { loadMailTokens } from "@/lib/reminders/claim-reminders";
import { deliverReminderMail } from "@/lib/reminders/deliver-reminder-mail";
import { newMessageId } from "@/lib/mail/message-id";
import { mailHeaderText } from "@/lib/text/output-text";
import { channelBody } from "./channel-body";
import { channelKindWords } from "./channel-kinds";
import { reminderNotice } from "./reminder-notice";

export const channelReminderKind = "reminder-chat";
const chunkSize = 200;

/** token|kind|due date|step|channel: the outbox's unique key, so each channel hears each step once. */
export const channelReminderKey = (reminder: PlannedReminder, channelId: string) =>
  `${reminder.tokenId}|${reminder.kind}|${reminder.dueOn.toISOString().slice(0, 10)}|${reminder.step}|${channelId}`;

/**
 * Queues each planned reminder and escalation once for its token's team channel, beside the email.
 * The unique key decides, across runs and instances, who queues it; only the winner delivers it.
 * Returns how many were queued. The weekly "no backup" nudge stays personal (email only).
 */
export async function queueChannelReminders(planned: PlannedReminder[], now: Date, today: Date): Promise<number> {
  const reminders = planned.filter(
    (reminder): reminder is PlannedReminder & { kind: Exclude<PlannedReminder["kind"], "no_backup"> } =>
      reminder.kind !== "no_backup",
  );
  let queued = 0;
  for (let start = 0; start < reminders.length; start += chunkSize) {
    const chunk = reminders.slice(start, start + chunkSize);
    const routed = await db.token.findMany({
      where: {
        id: { in: [...new Set(chunk.map((reminder) => reminder.tokenId))] },
        team: { channel: { isNot: null } },
      },
      select: { id: true, team: { select: { channel: { select: { id: true, name: true, kind: true } } } } },
    });
    if (routed.length === 0) continue;
    const channels = new Map(routed.map((token) => [token.id, token.team!.channel!]));
    const tokens = await db.$transaction((tx) => loadMailTokens(tx, [...channels.keys()]));
    const rows = chunk.flatMap((reminder) => {
      const channel = channels.get(reminder.tokenId);
      const token = tokens.get(reminder.tokenId);
      if (!channel || !token) return [];
      const dedupeKey = channelReminderKey(reminder, channel.id);
      const notice = reminderNotice(reminder.kind, reminder.dueOn, token, today);
      const to = mailHeaderText(`${channelKindWords[channel.kind]}: ${channel.name}`);
      return [
        {
          kind: channelReminderKind,
          to,
          subject: mailHeaderText(notice.title, 250),
          text: channelBody(channel.kind, notice, dedupeKey),
          html: "",
          channelId: channel.id,
          dedupeKey,
          messageId: newMessageId(),
          status: "queued" as const,
          createdAt: now,
        },
      ];
    });
    const created = await db.outboxMessage.createManyAndReturn({
      data: rows,
      skipDuplicates: true,
      select: { id: true },
    });
    queued += created.length;
    await deliverReminderMail(
      created.map((row) => row.id),
      now,
    );
  }
  return queued;
}
