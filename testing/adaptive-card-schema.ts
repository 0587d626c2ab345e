// The parts of the Adaptive Card 1.5 schema (adaptivecards.io/schemas/1.5.0/adaptive-card.json,
// definitions AdaptiveCard, TextBlock, FactSet, Fact, Action.OpenUrl) that Tokenbook's cards use,
// written out with their property lists closed, so any property or element outside them fails.
// Written from the published schema; not a copy of it.
const textBlock = {
  type: "object",
  additionalProperties: false,
  required: ["type", "text"],
  properties: {
    type: { enum: ["TextBlock"] },
    text: { type: "string" },
    wrap: { type: "boolean" },
    size: {
      enum: ["default", "small", "medium", "large", "extraLarge", "Default", "Small", "Medium", "Large", "ExtraLarge"],
    },
    weight: { enum: ["default", "lighter", "bolder", "Default", "Lighter", "Bolder"] },
    isSubtle: { type: "boolean" },
    color: {
      enum: [
        "default",
        "dark",
        "light",
        "accent",
        "good",
        "warning",
        "attention",
        "Default",
        "Dark",
        "Light",
        "Accent",
        "Good",
        "Warning",
        "Attention",
      ],
    },
  },
};

const factSet = {
  type: "object",
  additionalProperties: false,
  required: ["type", "facts"],
  properties: {
    type: { enum: ["FactSet"] },
    facts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["title", "value"],
        properties: { type: { enum: ["Fact"] }, title: { type: "string" }, value: { type: "string" } },
      },
    },
  },
};

const openUrl = {
  type: "object",
  additionalProperties: false,
  required: ["type", "url"],
  properties: {
    type: { enum: ["Action.OpenUrl"] },
    url: { type: "string" },
    title: { type: "string" },
    style: { enum: ["default", "positive", "destructive"] },
  },
};

export const adaptiveCardSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  additionalProperties: false,
  required: ["type", "version"],
  properties: {
    $schema: { type: "string" },
    type: { enum: ["AdaptiveCard"] },
    version: { type: "string", pattern: "^1\\.[0-5]$" },
    body: { type: "array", items: { anyOf: [textBlock, factSet] } },
    actions: { type: "array", items: openUrl },
    fallbackText: { type: "string" },
  },
};

/** Teams workflows ("when a Teams webhook request is received") take a message with card attachments. */
export const teamsWorkflowMessageSchema = {
  type: "object",
  additionalProperties: false,
  required: ["type", "attachments"],
  properties: {
    type: { enum: ["message"] },
    attachments: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["contentType", "content"],
        properties: {
          contentType: { enum: ["application/vnd.microsoft.card.adaptive"] },
          contentUrl: { type: "null" },
          content: adaptiveCardSchema,
        },
      },
    },
  },
};
