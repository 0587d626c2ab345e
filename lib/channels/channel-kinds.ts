/** The kinds of channel and their names on the page; kept free of zod so client forms stay light. */
export const channelKinds = ["slack", "teams", "webhook"] as const;
export type ChannelKindName = (typeof channelKinds)[number];

export const channelKindWords: Record<ChannelKindName, string> = {
  slack: "Slack",
  teams: "Microsoft Teams",
  webhook: "Webhook (signed JSON)",
};
