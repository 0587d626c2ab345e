import type { Prisma } from "@/lib/generated/prisma/client";
import { newMessageId } from "@/lib/mail/message-id";
import { mailHeaderText } from "@/lib/text/output-text";
import { channelBody } from "./channel-body";
import type { ChannelNotice } from "./channel-notice";
import { channelKindWords } from "./channel-kinds";

export const channelLeakAlertKind = "leak-alert-chat";

/**
 * Queues a leak alert, in the caller's transaction, for the token's team channel and every
 * company-wide leak channel (each channel once). Keyed by token, report time and channel.
 * Returns the outbox ids to deliver after commit.
 */
export async function queueLeakChannelAlerts(
  tx: Prisma.TransactionClient,
  tokenId: string,
  reportedAt: Date,
  notice: ChannelNotice,
): Promise<string[]> {
  const token = await tx.token.findUnique({
    where: { id: tokenId },
    select: { team: { select: { channelId: true } } },
  });
  const channels = await tx.notificationChannel.findMany({
    where: { OR: [{ leakAlerts: true }, ...(token?.team?.channelId ? [{ id: token.team.channelId }] : [])] },
    select: { id: true, name: true, kind: true },
  });
  if (channels.length === 0) return [];
  const rows = channels.map((channel) => {
    const dedupeKey = `leak|${tokenId}|${reportedAt.toISOString()}|${channel.id}`;
    return {
      kind: channelLeakAlertKind,
      to: mailHeaderText(`${channelKindWords[channel.kind]}: ${channel.name}`),
      subject: mailHeaderText(notice.title, 250),
      text: channelBody(channel.kind, notice, dedupeKey),
      html: "",
      channelId: channel.id,
      dedupeKey,
      messageId: newMessageId(),
      status: "queued" as const,
    };
  });
  const created = await tx.outboxMessage.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { id: true },
  });
  return created.map((row) => row.id);
}
