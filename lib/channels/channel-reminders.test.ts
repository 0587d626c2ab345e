import { Ajv } from "ajv";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startMailCatcher } from "@/testing/mail-catcher";
import { adaptiveCardSchema, teamsWorkflowMessageSchema } from "@/testing/adaptive-card-schema";
import { daysFromNow } from "@/testing/dates";
import { startWebhookReceiver } from "@/testing/webhook-receiver";

// env() is read once per process: the catcher, keys and the loopback allowance go in before any module reads it.
const catcher = await startMailCatcher();
const receiver = await startWebhookReceiver();
process.env.SMTP_URL = catcher.smtpUrl;
process.env.APP_URL = "http://tokenbook.example.test:3000";
process.env.AUTH_SECRET = "channel-test-secret-that-is-long-enough";
process.env.ENCRYPTION_KEY = "channel-test-encryption-key-long-enough-for-aes";
process.env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = "true";
const logged: string[] = [];
for (const level of ["log", "info", "warn", "error"] as const) {
  const original = console[level].bind(console);
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    logged.push(
      args
        .map((arg) =>
          arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === "string" ? arg : JSON.stringify(arg),
        )
        .join(" "),
    );
    original(...args);
  });
}
const { db } = await import("@/lib/db");
const { deliverDueMail } = await import("@/lib/mail/send-mail");
const { sweepReminders } = await import("@/lib/reminders/sweep-reminders");
const { createChannel, resumeChannel, routeTeamToChannel } = await import("./manage-channels");
const { sendTestMessage } = await import("./send-test-message");
const { cancelStaleChannelReminders } = await import("./cancel-stale-channel-reminders");
const { checkHealth } = await import("@/lib/health/check-health");
const { listTokensNeedingAttention } = await import("@/lib/dashboard/list-attention");
const { sendAgain } = await import("@/lib/mail/send-again");
const { reportCompromised } = await import("@/lib/incidents/report-compromised");
const { slackLimits } = await import("./slack-message");
const { verifyWebhookSignature, signatureHeader } = await import("@/lib/webhooks/sign-webhook");
const { createPerson, createTeam, createTokenRecord } = await import("@/prisma/factories");

const adminRow = await createPerson({ name: "Ada Admin", email: "ada@example.test", role: "admin" });
const admin = { id: adminRow.id, email: adminRow.email, name: adminRow.name, role: adminRow.role };
const olga = await createPerson({ name: "Olga <Owner> & Co", email: "olga@example.test", role: "editor" });
const finn = await createPerson({ name: "Finn Backup", email: "finn@example.test", role: "editor" });
const team = await createTeam("Marketing");

// Noon UTC today: the organisation's day (UTC by default) is today, whatever time the test runs.
const now = new Date(`${daysFromNow(0).toISOString().slice(0, 10)}T12:00:00Z`);
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
/** Secret-looking paths, as Slack and Teams give them: they must never show anywhere but the request itself. */
const paths = {
  slack: "/services/T0SLACK/B0HOOK/s3cr3tSlackPathX9",
  teams: "/workflows/abc/triggers/manual?sig=s3cr3tTeamsSigY8",
  webhook: "/hooks/s3cr3tWebhookPathZ7",
};

async function channelFor(kind: "slack" | "teams" | "webhook") {
  const made = await createChannel(admin, {
    name: `Marketing ${kind} ${Math.random()}`,
    kind,
    url: receiver.url(paths[kind]),
  });
  await routeTeamToChannel(admin, team.id, made.id);
  return made;
}
const expiringToken = (name = "HubSpot reporting key") =>
  createTokenRecord({
    name,
    service: "HubSpot",
    ownerId: olga.id,
    backupId: finn.id,
    teamId: team.id,
    expiresOn: daysFromNow(7, now),
    dependents: ["Weekly <marketing> report & CRM sync"],
  });
const accepted = (path: string) => receiver.requests(path).filter((request) => request.answeredWith === 200);

beforeEach(async () => {
  await db.reminderDelivery.deleteMany();
  await db.token.deleteMany();
  await db.outboxMessage.deleteMany();
  await db.team.updateMany({ data: { channelId: null } });
  await db.notificationChannel.deleteMany();
  receiver.clear();
  for (const path of Object.values(paths)) receiver.answer(path, 200);
  await catcher.clear();
});

afterAll(async () => {
  await catcher.stop();
  await receiver.stop();
});

describe("reminders to team channels", () => {
  it("posts the 7-day reminder to Slack once, as Block Kit within Slack's limits, and emails owner and backup once", async () => {
    await channelFor("slack");
    await expiringToken();
    // Two instances at once, then a restart: the unique key lets only one of them queue it.
    await Promise.all([sweepReminders(now), sweepReminders(now)]);
    await sweepReminders(later(5));
    await deliverDueMail(later(10));
    const posts = accepted(paths.slack);
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
    const mail = (await catcher.messages()).map((caught) => `${caught.to.join(",")}: ${caught.subject}`).sort();
    expect(mail.filter((line) => line.includes("expires in 7 days"))).toHaveLength(2);
    expect(await db.outboxMessage.count({ where: { channelId: { not: null }, status: "sent" } })).toBe(1);
  });

  it("posts a valid Adaptive Card (version 1.5) to Teams once", async () => {
    await channelFor("teams");
    await expiringToken();
    await Promise.all([sweepReminders(now), sweepReminders(now)]);
    await sweepReminders(later(5));
    const posts = accepted(paths.teams);
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
    const made = await channelFor("webhook");
    await expiringToken();
    await sweepReminders(now);
    const [post] = accepted(paths.webhook);
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

  it("keeps retrying while the receiver answers 500, and delivers once when it recovers", async () => {
    await channelFor("slack");
    await expiringToken();
    receiver.answer(paths.slack, 500, "internal_error");
    await sweepReminders(now);
    const [row] = await db.outboxMessage.findMany({ where: { channelId: { not: null } } });
    expect(row).toMatchObject({ status: "queued", lastError: expect.stringContaining("500") });
    await deliverDueMail(later(2));
    expect(receiver.requests(paths.slack)).toHaveLength(2);
    receiver.answer(paths.slack, 200);
    await deliverDueMail(later(30));
    await deliverDueMail(later(120));
    await sweepReminders(later(125));
    expect(accepted(paths.slack)).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent" });
    expect(await db.notificationChannel.findFirstOrThrow()).toMatchObject({ failuresInARow: 0, pausedAt: null });
  });

  it("holds back a waiting retry once the token's date changed", async () => {
    await channelFor("slack");
    const token = await expiringToken();
    receiver.answer(paths.slack, 503);
    await sweepReminders(now);
    await db.token.update({ where: { id: token.id }, data: { expiresOn: daysFromNow(90, now) } });
    expect(await cancelStaleChannelReminders()).toBe(1);
    receiver.answer(paths.slack, 200);
    await deliverDueMail(later(30));
    expect(accepted(paths.slack)).toHaveLength(0);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { channelId: { not: null } } })).toMatchObject({
      status: "cancelled",
    });
  });

  it("pauses a channel that answers 410 and tells the admins once", async () => {
    const made = await channelFor("slack");
    receiver.answer(paths.slack, 410, "no_service");
    await expiringToken("HubSpot reporting key");
    await expiringToken("HubSpot export key");
    await sweepReminders(now);
    // Both reminders may be in flight together; once paused, nothing more is posted.
    const tried = receiver.requests(paths.slack).length;
    expect(tried).toBeGreaterThanOrEqual(1);
    await sweepReminders(later(5));
    await deliverDueMail(later(30));
    expect(receiver.requests(paths.slack)).toHaveLength(tried);
    const channel = await db.notificationChannel.findUniqueOrThrow({ where: { id: made.id } });
    expect(channel.pausedAt).not.toBeNull();
    expect(channel.pausedReason).toContain("410");
    expect(await db.auditEvent.count({ where: { action: "channel.paused", recordId: made.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { channelId: made.id, status: "failed" } })).toBe(2);
    const notices = (await catcher.messages()).filter((mail) => mail.subject.includes("paused the channel"));
    expect(notices.map((mail) => mail.to.join(","))).toEqual(["ada@example.test"]);
    // Visible to admins: on the home page's failed reminders and in /api/health, which stays 200.
    expect((await listTokensNeedingAttention(admin, now)).failedReminders).toMatchObject({ count: 2 });
    const health = await checkHealth(now);
    expect(health.ok && health.warnings).toEqual([
      "1 chat or webhook channel is paused; admins see which in Settings.",
    ]);
    const { readReminderStatus } = await import("@/lib/health/reminder-alarms");
    expect((await readReminderStatus(now)).alarms.map((alarm) => alarm.reason).join(" ")).toContain(
      `Tokenbook stopped sending to “${channel.name}”`,
    );
  });

  it("pauses a channel after 10 failures in a row, and tells the admins once", async () => {
    const made = await channelFor("webhook");
    receiver.answer(paths.webhook, 502, "bad gateway");
    await expiringToken();
    await sweepReminders(now);
    // Each run a day apart: every waiting retry is due, whatever its backoff.
    for (let day = 1; day <= 12; day++) await deliverDueMail(later(day * 1440));
    expect(receiver.requests(paths.webhook)).toHaveLength(10);
    const channel = await db.notificationChannel.findUniqueOrThrow({ where: { id: made.id } });
    expect(channel.pausedReason).toMatch(/^10 tries in a row failed; the last: The service answered 502: bad gateway/);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { channelId: made.id } })).toMatchObject({
      status: "failed",
      attempts: 10,
    });
    expect((await catcher.messages()).filter((mail) => mail.subject.includes("paused the channel"))).toHaveLength(1);
  });

  it("after a paused channel is resumed, its failed messages go out once with send again", async () => {
    const made = await channelFor("slack");
    receiver.answer(paths.slack, 404, "no_service");
    await expiringToken();
    await sweepReminders(now);
    expect((await db.notificationChannel.findUniqueOrThrow({ where: { id: made.id } })).pausedAt).not.toBeNull();
    receiver.answer(paths.slack, 200);
    expect(await sendTestMessage(admin, made.id)).toEqual({ ok: true, answer: "The service answered 200: ok" });
    await resumeChannel(admin, made.id);
    const again = await sendAgain(admin, "all");
    await sendAgain(admin, "all");
    expect(again.results.filter((result) => result.status === "sent")).toHaveLength(1);
    expect(accepted(paths.slack).filter((post) => post.body.includes("expires in 7 days"))).toHaveLength(1);
  });

  it("shows an admin the service's answer to a test message, failure included", async () => {
    const made = await channelFor("teams");
    receiver.answer(paths.teams, 400, "Invalid card: missing attachments");
    expect(await sendTestMessage(admin, made.id)).toEqual({
      ok: false,
      answer: "The service answered 400: Invalid card: missing attachments",
    });
    expect(await db.auditEvent.count({ where: { action: "channel.tested", recordId: made.id } })).toBe(1);
  });

  it("sends a leak alert to the team's channel and to the company-wide leak channel, once each", async () => {
    await channelFor("slack");
    await createChannel(admin, {
      name: "Security webhook",
      kind: "webhook",
      url: receiver.url(paths.webhook),
      leakAlerts: true,
    });
    const token = await expiringToken();
    await reportCompromised(admin, token.id, { note: "Pasted in a <public> channel & shared" });
    await deliverDueMail(later(10));
    expect(accepted(paths.slack)).toHaveLength(1);
    expect(accepted(paths.slack)[0].body).toContain("a &lt;public&gt; channel &amp; shared");
    const [hook] = accepted(paths.webhook);
    expect(JSON.parse(hook.body)).toMatchObject({ event: "leak.reported", token: { name: "HubSpot reporting key" } });
  });

  it("never shows the address: not in the database's other columns, the audit log or the logs", async () => {
    await channelFor("slack");
    await channelFor("teams");
    await channelFor("webhook");
    await expiringToken();
    receiver.answer(paths.teams, 500);
    await sweepReminders(now);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    let dump = "";
    for (const { table_name } of tables.rows)
      dump += JSON.stringify((await client.query(`SELECT * FROM "${table_name}"`)).rows);
    await client.end();
    expect(dump).toContain("channel.created");
    for (const path of Object.values(paths)) {
      const secretPart = path.match(/s3cr3t\w+/)![0];
      expect(dump).not.toContain(secretPart);
      expect(logged.join("\n")).not.toContain(secretPart);
    }
  });
});
