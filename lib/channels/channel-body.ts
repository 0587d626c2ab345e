import type { ChannelKind } from "@/lib/generated/prisma/enums";
import type { ChannelNotice } from "./channel-notice";
import { slackMessage } from "./slack-message";
import { teamsMessage } from "./teams-message";
import { webhookPayload } from "./webhook-payload";

/** The JSON body a channel of this kind receives for a notice. `id` is the message's own, kept across retries. */
export function channelBody(kind: ChannelKind, notice: ChannelNotice, id: string): string {
  switch (kind) {
    case "slack":
      return JSON.stringify(slackMessage(notice));
    case "teams":
      return JSON.stringify(teamsMessage(notice));
    case "webhook":
      return JSON.stringify(webhookPayload(notice, id));
  }
}
