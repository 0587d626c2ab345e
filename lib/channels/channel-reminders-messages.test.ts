// What each kind of channel receives: Slack Block Kit, a Teams Adaptive Card, a signed webhook, leak alerts.
import { Ajv } from "ajv";
import { adaptiveCardSchema, teamsWorkflowMessageSchema } from "@/testing/adaptive-card-schema";
import { describe, expect, it } from "vitest";
// Sets the environment and the hooks first: the modules below are imported after it, and read it.
import * as world from "@/testing/channel-reminders-world";

const { reportCompromised } = await import("@/lib/incidents/report-compromised");
const { slackLimits } = await import("./slack-message");
const { verifyWebhookSignature, signatureHeader } = await import("@/lib/webhooks/sign-webhook");

describe("reminders to team channels", () => {
  it("posts the 7-day reminder to Slack once, as Block Kit within Slack's limits, and emails owner and backup once", async () => {
    await world.channelFor("slack");
    await world.expiringToken();
    // Two instances at once, then a restart: the unique key lets only one of them queue it.
    await Promise.all([world.sweepReminders(world.now), world.sweepReminders(world.now)]);
    await world.sweepReminders(world.later(5));
    await world.deliverDueMail(world.later(10));
    const posts = world.accepted(world.paths.slack);
    expect(posts).toHaveLength(1);
    const message = JSON.parse(posts[0].body) as {
      text: string;
      blocks: {
        type: string;
        text?: { text: string };
        fields?: { text: string }[];
        elements?: { text: { text: string }; url: string }[];
      }[];
    };
    expect(message.text).toContain("expires in 7 days");
    expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    expect(message.blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text" } });
    for (const block of message.blocks) {
      if (block.type === "section" && block.text)
        expect(block.text.text.length).toBeLessThanOrEqual(slackLimits.sectionText);
      for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(slackLimits.fieldText);
    }
    const words = JSON.stringify(message.blocks);
    // Typed text is escaped for mrkdwn: no mention or link can be smuggled in.
    expect(words).toContain("Weekly &lt;marketing&gt; report &amp; CRM sync");
    expect(words).toContain("Olga &lt;Owner&gt; &amp; Co");
    const buttons = message.blocks.find((block) => block.type === "actions")!.elements!;
    expect(buttons.map((button) => button.text.text)).toEqual([
      "Open the runbook",
      "I'm on it (Olga <Owner> & Co)",
      "I'm on it (Finn Backup)",
    ]);
    expect(buttons[1].url).toMatch(/^http:\/\/tokenbook\.example\.test:3000\/im-on-it\?token=.+&sig=/);
    const mail = (await world.catcher.messages()).map((caught) => `${caught.to.join(",")}: ${caught.subject}`).sort();
    expect(mail.filter((line) => line.includes("expires in 7 days"))).toHaveLength(2);
    expect(await world.db.outboxMessage.count({ where: { channelId: { not: null }, status: "sent" } })).toBe(1);
  });

  it("posts a valid Adaptive Card (version 1.5) to Teams once", async () => {
    await world.channelFor("teams");
    await world.expiringToken();
    await Promise.all([world.sweepReminders(world.now), world.sweepReminders(world.now)]);
    await world.sweepReminders(world.later(5));
    const posts = world.accepted(world.paths.teams);
    expect(posts).toHaveLength(1);
    const message = JSON.parse(posts[0].body) as {
      attachments: { content: { version: string; actions: { url: string }[] } }[];
    };
    const ajv = new Ajv({ strict: false, allErrors: true });
    expect(ajv.validate(teamsWorkflowMessageSchema, message), ajv.errorsText()).toBe(true);
    const card = message.attachments[0].content;
    expect(card.version).toBe("1.5");
    expect(card.actions.every((action) => URL.canParse(action.url))).toBe(true);
    // The schema check can fail: a card with an element the schema does not know is refused.
    expect(ajv.validate(adaptiveCardSchema, { ...card, body: [{ type: "Bogus" }] })).toBe(false);
    expect(posts[0].body).toContain("expires in 7 days");
  });

  it("signs the generic webhook so the documented recipe verifies it, and refuses a replayed or altered body", async () => {
    const made = await world.channelFor("webhook");
    await world.expiringToken();
    await world.sweepReminders(world.now);
    const [post] = world.accepted(world.paths.webhook);
    const signature = String(post.headers[signatureHeader.toLowerCase()]);
    const received = new Date();
    expect(verifyWebhookSignature(made.signingSecret!, signature, post.body, received)).toEqual({ ok: true });
    expect(
      verifyWebhookSignature(made.signingSecret!, signature, post.body.replace("HubSpot", "HubSp0t"), received).ok,
    ).toBe(false);
    expect(
      verifyWebhookSignature(made.signingSecret!, signature, post.body, new Date(received.getTime() + 10 * 60_000)).ok,
    ).toBe(false);
    expect(verifyWebhookSignature("whsec_another", signature, post.body, received).ok).toBe(false);
    const payload = JSON.parse(post.body) as Record<string, unknown>;
    expect(payload).toMatchObject({
      schema: "tokenbook.notification/v1",
      event: "reminder.expiry",
      owner: "Olga <Owner> & Co",
      backup: "Finn Backup",
      token: { name: "HubSpot reporting key", service: "HubSpot" },
    });
  });

  it("sends a leak alert to the team's channel and to the company-wide leak channel, once each", async () => {
    await world.channelFor("slack");
    await world.createChannel(world.admin, {
      name: "Security webhook",
      kind: "webhook",
      url: world.receiver.url(world.paths.webhook),
      leakAlerts: true,
    });
    const token = await world.expiringToken();
    await reportCompromised(world.admin, token.id, { note: "Pasted in a <public> channel & shared" });
    await world.deliverDueMail(world.later(10));
    expect(world.accepted(world.paths.slack)).toHaveLength(1);
    expect(world.accepted(world.paths.slack)[0].body).toContain("a &lt;public&gt; channel &amp; shared");
    const [hook] = world.accepted(world.paths.webhook);
    expect(JSON.parse(hook.body)).toMatchObject({ event: "leak.reported", token: { name: "HubSpot reporting key" } });
  });
});
