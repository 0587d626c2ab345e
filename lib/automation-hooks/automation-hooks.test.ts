import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcher } from "@/testing/mail-catcher";
import { addDays } from "@/lib/dates/calendar-day";
import { daysFromNow, isoDay } from "@/testing/dates";
import { startWebhookReceiver } from "@/testing/webhook-receiver";

// env() is read once per process: the catcher, keys and the loopback allowance go in before any module reads it.
const catcher = await startMailCatcher();
const receiver = await startWebhookReceiver();
process.env.SMTP_URL = catcher.smtpUrl;
process.env.APP_URL = "http://tokenbook.example.test:3000";
process.env.AUTH_SECRET = "hook-test-secret-that-is-long-enough-for-auth";
process.env.ENCRYPTION_KEY = "hook-test-encryption-key-long-enough-for-aes";
process.env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = "true";
const { db } = await import("@/lib/db");
const { ForbiddenError, InvalidInputError } = await import("@/lib/errors");
const { sweepReminders } = await import("@/lib/reminders/sweep-reminders");
const { deliverDueMail } = await import("@/lib/mail/send-mail");
const { webhookPayloadSchema } = await import("@/lib/channels/webhook-payload");
const { verifyWebhookSignature, signatureHeader } = await import("@/lib/webhooks/sign-webhook");
const { setAutomationHook, clearAutomationHook, getAutomationHookHint } = await import("./manage-automation-hook");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");

const actorOf = (row: { id: string; email: string; name: string; role: "admin" | "editor" | "viewer" }) => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
});
const olga = actorOf(await createPerson({ name: "Olga Owner", email: "olga@example.test", role: "editor" }));
const finn = actorOf(await createPerson({ name: "Finn Backup", email: "finn@example.test", role: "editor" }));
const vera = actorOf(await createPerson({ name: "Vera Viewer", email: "vera@example.test", role: "viewer" }));
const eddie = actorOf(await createPerson({ name: "Eddie Elsewhere", email: "eddie@example.test", role: "editor" }));

// Noon UTC today: the organisation's day (UTC by default) is today, whatever time the test runs.
const now = new Date(`${daysFromNow(0).toISOString().slice(0, 10)}T12:00:00Z`);
const dayLater = (days: number) => addDays(now, days);
/** A secret-looking path: it must show nowhere but in the request itself. */
const hookPath = "/rotate/s3cr3tHookPathQ7x";
const accepted = () => receiver.requests(hookPath).filter((request) => request.answeredWith === 200);
const tokenExpiringIn = (days: number) =>
  createTokenRecord({
    name: "Deploy key ✨",
    service: "GitHub",
    ownerId: olga.id,
    backupId: finn.id,
    expiresOn: daysFromNow(days, now),
  });

beforeEach(async () => {
  await db.reminderDelivery.deleteMany();
  await db.token.deleteMany();
  await db.outboxMessage.deleteMany();
  receiver.clear();
  receiver.answer(hookPath, 200);
  await catcher.clear();
});

afterAll(async () => {
  await catcher.stop();
  await receiver.stop();
});

describe("a token's automation hook", () => {
  it("is called once, signed, at the first reminder step, even when the sweep runs twice; a later step does not call again", async () => {
    const token = await tokenExpiringIn(30);
    const { signingSecret, urlHint } = await setAutomationHook(olga, token.id, { url: receiver.url(hookPath) });
    expect(urlHint).toMatch(/…hQ7x$/);
    expect(urlHint).not.toContain("s3cr3t");

    await Promise.all([sweepReminders(now), sweepReminders(now)]);
    await sweepReminders(now);
    expect(accepted()).toHaveLength(1);
    const [call] = accepted();
    expect(
      verifyWebhookSignature(signingSecret, String(call.headers[signatureHeader.toLowerCase()]), call.body, new Date()),
    ).toEqual({ ok: true });
    const body = JSON.parse(call.body);
    expect(webhookPayloadSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      schema: "tokenbook.notification/v1",
      event: "automation.rotation-due",
      step: "before-30",
      token: { id: token.id, name: "Deploy key ✨", service: "GitHub" },
      due: { on: isoDay(daysFromNow(30, now)) },
      report: { token: `/api/v1/tokens/${token.id}`, rotated: `/api/v1/tokens/${token.id}/rotated` },
    });

    // 23 days on, the 7-day step is due: people are reminded again, the hook is not.
    await sweepReminders(dayLater(23));
    await deliverDueMail(dayLater(23));
    expect(accepted()).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { kind: "automation-hook" } })).toBe(1);
  });

  it("keeps a failing call in the outbox with the service's answer, and retries it", async () => {
    const token = await tokenExpiringIn(14);
    await setAutomationHook(finn, token.id, { url: receiver.url(hookPath) });
    receiver.answer(hookPath, 503, "busy");
    await sweepReminders(now);
    const [row] = await db.outboxMessage.findMany({ where: { kind: "automation-hook" } });
    expect(row).toMatchObject({ status: "queued", lastError: "The service answered 503: busy" });
    expect(row.to).toContain("Automation hook of Deploy key ✨");
    expect(row.to).not.toContain("s3cr3t");

    receiver.answer(hookPath, 200);
    await deliverDueMail(dayLater(1));
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
    });
    expect(accepted()).toHaveLength(1);
  });

  it("is set only by the owner, backup or an admin; a viewer and another editor are refused on the server", async () => {
    const token = await tokenExpiringIn(30);
    await expect(setAutomationHook(vera, token.id, { url: receiver.url(hookPath) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setAutomationHook(eddie, token.id, { url: receiver.url(hookPath) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setAutomationHook(olga, token.id, { url: "ftp://example.test/hook" })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await getAutomationHookHint(token.id)).toBeNull();
    await setAutomationHook(finn, token.id, { url: receiver.url(hookPath) });
    expect(await getAutomationHookHint(token.id)).toMatch(/…hQ7x$/);
    await expect(clearAutomationHook(vera, token.id)).rejects.toBeInstanceOf(ForbiddenError);
    await clearAutomationHook(olga, token.id);
    expect(await getAutomationHookHint(token.id)).toBeNull();
  });

  it("keeps the address and the secret out of every audit row", async () => {
    const token = await tokenExpiringIn(30);
    const { signingSecret } = await setAutomationHook(olga, token.id, { url: receiver.url(hookPath) });
    await setAutomationHook(olga, token.id, { url: receiver.url(hookPath) });
    await clearAutomationHook(olga, token.id);
    const rows = await db.auditEvent.findMany({
      where: { recordId: token.id, action: { startsWith: "token.automation_hook" } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => row.action)).toEqual([
      "token.automation_hook_set",
      "token.automation_hook_set",
      "token.automation_hook_cleared",
    ]);
    const everything = JSON.stringify(
      (await db.auditEvent.findMany()).map((row) => [row.action, row.before, row.after]),
    );
    expect(everything).not.toContain("s3cr3tHookPath");
    expect(everything).not.toContain(signingSecret);
  });
});
