import { AdaptiveCard, SerializationContext, Versions } from "adaptivecards";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { teamsWorkflowMessageSchema } from "@/testing/adaptive-card-schema";
import { hostileText } from "@/testing/hostile-text";
import type { ChannelNotice } from "./channel-notice";
import { slackLimits, slackMessage } from "./slack-message";
import { teamsMessage } from "./teams-message";
import { webhookPayload, webhookPayloadSchema } from "./webhook-payload";

const words = hostileText();
const notices: fc.Arbitrary<ChannelNotice> = fc.record({
  event: fc.constant("reminder.expiry"),
  title: words,
  lines: fc.array(fc.oneof(words, fc.string({ minLength: 2000, maxLength: 5000 })), { maxLength: 5 }),
  token: fc.record({ id: fc.constant("tok_1"), name: words, service: words }),
  due: fc.constant({ on: "2026-12-12", shown: "12 Dec 2026", when: "in 7 days" }),
  stopsWorking: fc.array(words, { maxLength: 60 }),
  owner: words,
  backup: fc.option(words, { nil: null }),
  links: fc.array(
    fc.record({ label: words, url: fc.constant("https://tokenbook.example.test/tokens/tok_1/runbook") }),
    { maxLength: 30 },
  ),
});

describe("chat and webhook messages from any text a person typed", () => {
  it("stay within Slack's limits, with typed text escaped", () => {
    fc.assert(
      fc.property(notices, (notice) => {
        const { text, blocks } = slackMessage(notice);
        expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
        expect(text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
        for (const block of blocks) {
          if (block.type === "header") expect(block.text.text.length).toBeLessThanOrEqual(slackLimits.headerText);
          if (block.type === "section") {
            if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(slackLimits.sectionText);
            expect((block.fields ?? []).length).toBeLessThanOrEqual(slackLimits.fields);
            for (const field of block.fields ?? []) {
              expect(field.text.length).toBeLessThanOrEqual(slackLimits.fieldText);
              expect(field.text).not.toMatch(/[<>]/);
            }
            if (block.text) expect(block.text.text).not.toMatch(/[<>]/);
          }
          if (block.type === "actions") {
            expect(block.elements.length).toBeLessThanOrEqual(slackLimits.actions);
            for (const button of block.elements)
              if (button.type === "button") expect(button.text.text.length).toBeLessThanOrEqual(slackLimits.buttonText);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("make a Teams message whose Adaptive Card (1.5) fits the card schema", () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(teamsWorkflowMessageSchema);
    fc.assert(
      fc.property(notices, (notice) => {
        const message = JSON.parse(JSON.stringify(teamsMessage(notice)));
        expect(validate(message), ajv.errorsText(validate.errors)).toBe(true);
        expect(message.attachments[0].content.version).toBe("1.5");
      }),
      { numRuns: 200 },
    );
  });

  it("make a Teams card that Microsoft's own Adaptive Cards library reads without a warning", () => {
    fc.assert(
      fc.property(notices, (notice) => {
        const content = JSON.parse(JSON.stringify(teamsMessage(notice))).attachments[0].content;
        const card = new AdaptiveCard();
        const context = new SerializationContext(Versions.v1_5);
        card.parse(content, context);
        const events = Array.from({ length: context.eventCount }, (_, index) => context.getEventAt(index).message);
        expect(events).toEqual([]);
        expect(card.validateProperties().validationEvents.map((event) => event.message)).toEqual([]);
        expect(card.version.toString()).toBe("1.5");
      }),
      { numRuns: 100 },
    );
  });

  it("make a webhook body that matches its published, versioned schema", () => {
    fc.assert(
      fc.property(notices, (notice) => {
        const body = JSON.parse(JSON.stringify(webhookPayload(notice, "key-1")));
        expect(webhookPayloadSchema.safeParse(body).success).toBe(true);
        expect(body.schema).toBe("tokenbook.notification/v1");
      }),
      { numRuns: 100 },
    );
  });
});
