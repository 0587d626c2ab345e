import { cardText } from "@/lib/text/output-text";
import type { ChannelNotice } from "./channel-notice";
import { noticeFacts } from "./slack-message";

/** The Adaptive Card schema version Tokenbook writes; Teams workflows show 1.5 cards. */
export const adaptiveCardVersion = "1.5";
/**
 * Microsoft's Adaptive Cards renderer shows no more buttons than this (its host config's maxActions) and drops the
 * rest.
 */
const mostButtons = 5;

type TextBlock = { type: "TextBlock"; text: string; wrap: true; size?: "Large"; weight?: "Bolder" };
type FactSet = { type: "FactSet"; facts: { title: string; value: string }[] };
type OpenUrl = { type: "Action.OpenUrl"; title: string; url: string };
export type AdaptiveCard = {
  $schema: string;
  type: "AdaptiveCard";
  version: string;
  body: (TextBlock | FactSet)[];
  actions: OpenUrl[];
};
export type TeamsMessage = {
  type: "message";
  attachments: { contentType: "application/vnd.microsoft.card.adaptive"; contentUrl: null; content: AdaptiveCard }[];
};

/** A Teams workflow ("Post to a channel when a webhook request is received") message: one Adaptive Card. */
export function teamsMessage(notice: ChannelNotice): TeamsMessage {
  return {
    type: "message",
    attachments: [
      { contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: adaptiveCard(notice) },
    ],
  };
}

export function adaptiveCard(notice: ChannelNotice): AdaptiveCard {
  const body: AdaptiveCard["body"] = [
    { type: "TextBlock", text: cardText(notice.title, 300), wrap: true, size: "Large", weight: "Bolder" },
    ...notice.lines.map((line): TextBlock => ({ type: "TextBlock", text: cardText(line), wrap: true })),
  ];
  const facts = noticeFacts(notice);
  if (facts.length)
    body.push({ type: "FactSet", facts: facts.map(([title, value]) => ({ title, value: cardText(value, 1000) })) });
  return {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: adaptiveCardVersion,
    body,
    actions: notice.links
      .slice(0, mostButtons)
      .map((link) => ({ type: "Action.OpenUrl", title: cardText(link.label, 75), url: link.url })),
  };
}
