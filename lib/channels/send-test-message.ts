import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { channelBody } from "./channel-body";
import type { ChannelNotice } from "./channel-notice";
import { describeAnswer, isSuccess, postToChannel } from "./post-to-channel";

export type TestMessageAnswer = { ok: boolean; answer: string };

/**
 * Posts a sample message to a channel at once and returns, in words, what the service answered. Paused channels too:
 * that is how an admin checks a fix.
 */
export async function sendTestMessage(actor: Actor | null, channelId: string): Promise<TestMessageAnswer> {
  const admin = await authorize(actor, "channel.test", isAdmin, { type: "channel", id: channelId });
  const channel = await db.notificationChannel.findUnique({ where: { id: channelId } });
  if (!channel) throw new NotFoundError("That channel no longer exists.");
  const notice: ChannelNotice = {
    event: "test",
    title: "Test message from Tokenbook",
    lines: [
      `${admin.name} sent this from Settings to check that “${channel.name}” works. Reminders for the teams routed here will look like this.`,
    ],
    token: null,
    due: null,
    stopsWorking: [],
    owner: null,
    backup: null,
    links: [{ label: "Open Tokenbook", url: env().APP_URL }],
  };
  let result: TestMessageAnswer;
  try {
    const answer = await postToChannel(channel, channelBody(channel.kind, notice, `test-${Date.now()}`));
    result = { ok: isSuccess(answer.status), answer: describeAnswer(answer) };
  } catch (error) {
    result = { ok: false, answer: `Not delivered: ${error instanceof Error ? error.message : String(error)}` };
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: admin,
      action: "channel.tested",
      recordType: "channel",
      recordId: channelId,
      after: { name: channel.name, ok: result.ok, answer: result.answer },
    }),
  );
  return result;
}
