import type { ActionsBlock, Button, KnownBlock, SectionBlock } from "@slack/types";
import { slackMrkdwnText, slackPlainText } from "@/lib/text/output-text";
import type { ChannelNotice } from "./channel-notice";

/** Slack's documented limits (Block Kit reference). */
export const slackLimits = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fieldText: 2000,
  fields: 10,
  buttonText: 75,
  buttonUrl: 3000,
  actions: 25,
  fallbackText: 4000,
} as const;

export type SlackMessage = { text: string; blocks: KnownBlock[] };

/** A Block Kit message for an incoming webhook: header, the sentences, the facts, buttons. */
export function slackMessage(notice: ChannelNotice): SlackMessage {
  const blocks: KnownBlock[] = [
    {
      type: "header",
      text: { type: "plain_text", text: slackPlainText(notice.title, slackLimits.headerText), emoji: true },
    },
  ];
  if (notice.lines.length) blocks.push(section(notice.lines.join("\n\n")));
  const facts = noticeFacts(notice).slice(0, slackLimits.fields);
  if (facts.length) {
    const fields = facts.map(([label, value]) => ({
      type: "mrkdwn" as const,
      text: `*${label}*\n${slackMrkdwnText(value, slackLimits.fieldText - label.length - 4)}`,
    }));
    blocks.push({ type: "section", fields } satisfies SectionBlock);
  }
  const buttons: Button[] = notice.links
    .filter((link) => link.url.length <= slackLimits.buttonUrl)
    .slice(0, slackLimits.actions)
    .map((link, index) => ({
      type: "button",
      text: { type: "plain_text", text: slackPlainText(link.label, slackLimits.buttonText) },
      url: link.url,
      ...(index === 0 ? { style: "primary" as const } : {}),
    }));
  if (buttons.length) blocks.push({ type: "actions", elements: buttons } satisfies ActionsBlock);
  return { text: slackPlainText(notice.title, slackLimits.fallbackText), blocks: blocks.slice(0, slackLimits.blocks) };
}

const section = (text: string): SectionBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: slackMrkdwnText(text, slackLimits.sectionText) },
});

/** The facts every format shows, in one order. */
export function noticeFacts(notice: ChannelNotice): [string, string][] {
  const facts: [string, string][] = [];
  if (notice.token) facts.push(["Token", notice.token.name], ["Service", notice.token.service]);
  if (notice.due) facts.push(["When", `${notice.due.shown} (${notice.due.when})`]);
  if (notice.stopsWorking.length) facts.push(["What stops working", notice.stopsWorking.join(", ")]);
  if (notice.owner) facts.push(["Owner", notice.owner]);
  if (notice.token) facts.push(["Backup", notice.backup ?? "Nobody yet"]);
  return facts;
}
