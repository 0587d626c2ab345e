import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcher } from "@/testing/mail-catcher";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";

// env() is read once per process, so the catcher's address must be in place before any module reads it.
const catcher = await startMailCatcher();
process.env.SMTP_URL = catcher.smtpUrl;
process.env.APP_URL = "http://tokenbook.example.test:3000";
const { db } = await import("@/lib/db");
const { renderEmail } = await import("./render-email");
const { mailMode } = await import("./transport");
const { deliverDueMail, deliverMail, queueMail, redactedText, sendMail } = await import("./send-mail");
const { sendTestEmail } = await import("./send-test-email");

const { createPerson } = await import("@/prisma/factories");
const admin: Actor = await createPerson({ email: "ada@example.test", name: "Ada Admin", role: "admin" });
const editor: Actor = await createPerson({ email: "eddie@example.test", name: "Eddie Editor", role: "editor" });
const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000);
let counter = 0;

function reminderTo(to = `owner-${++counter}@example.test`) {
  const { text, html } = renderEmail({
    heading: "HubSpot reporting token expires in 7 days",
    paragraphs: ["The token that feeds the weekly marketing report expires on 12 Dec 2026."],
    button: { label: "Open the runbook", url: "http://tokenbook.example.test:3000/tokens/t1/runbook" },
    details: [["Backup", "Finn"]],
  });
  return { to, subject: "HubSpot reporting token expires in 7 days", text, html, kind: "reminder" };
}

const sentTo = async (to: string) => (await catcher.messages()).filter((mail) => mail.to.includes(to));

beforeEach(async () => {
  await catcher.setRefusing(false);
  await catcher.clear();
});

afterAll(() => catcher.stop());

describe("sendMail over SMTP", () => {
  it("is in SMTP mode", () => {
    expect(mailMode()).toBe("smtp");
  });

  it("delivers both parts under the row's Message-ID and records the send", async () => {
    const message = reminderTo();
    const result = await sendMail(message);

    expect(result).toEqual({ id: expect.any(String), status: "sent" });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null, kind: "reminder" });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.messageId).toMatch(/^<[0-9a-f]{32}@tokenbook\.example\.test>$/);

    const mail = await catcher.waitForMail({ to: message.to });
    expect(mail.messageId).toBe(row.messageId);
    expect(mail.from).toContain("tokenbook@localhost");
    expect(mail.subject).toBe(message.subject);
    expect(mail.text).toContain("expires on 12 Dec 2026");
    expect(mail.html).toContain('href="http://tokenbook.example.test:3000/tokens/t1/runbook"');
  });

  it("queues inside the caller's transaction, so a rollback leaves no email behind", async () => {
    const message = reminderTo();
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(message, tx);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count({ where: { to: message.to } })).toBe(0);
  });

  it("puts a refused message back in the queue with the reason, and delivers it once when due", async () => {
    const now = new Date("2026-12-05T09:00:00Z");
    const row = await queueMail(reminderTo());
    await catcher.setRefusing(true);

    const failed = await deliverMail(row.id, now);
    expect(failed.status).toBe("queued");
    expect(failed.error).toMatch(/^The mail server refused it: 451/);
    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({
      status: "queued",
      attempts: 1,
      lastError: failed.error,
      nextAttemptAt: minutes(now, 1),
    });
    expect(stored.lastError).not.toContain("\n");

    await catcher.setRefusing(false);
    // Mail was failing, so the next run tries one waiting message early (an uncounted probe): it goes out at once.
    const later = minutes(now, 0.5);
    expect(await deliverDueMail(later)).toEqual([]);
    expect(await deliverDueMail(minutes(now, 2))).toEqual([]);
    expect(await deliverDueMail(minutes(now, 10))).toEqual([]);

    expect(await sentTo(row.to)).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      sentAt: later,
    });
  });

  it("through an outage or “try later”, backs off with growing gaps for more than three days, then gives up", async () => {
    await catcher.setRefusing(true);
    const row = await queueMail(reminderTo());
    const start = new Date("2026-12-05T09:00:00Z");
    let now = start;
    const waits = [1, 5, 15, 60, 120, 240, 480, 720, 720, 720, 720, 720];
    for (const wait of waits) {
      expect((await deliverMail(row.id, now)).status).toBe("queued");
      const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(stored.nextAttemptAt).toEqual(minutes(now, wait));
      now = stored.nextAttemptAt!;
    }
    expect(now.getTime() - start.getTime()).toBeGreaterThan(3 * 24 * 3600_000);
    expect((await deliverMail(row.id, now)).status).toBe("failed");
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "failed",
      attempts: 13,
      nextAttemptAt: null,
      lastError: expect.stringContaining("451"),
    });
    await catcher.setRefusing(false);
    // Only the admins' notices go out (it failed; mail works again); the failed email itself is not tried again.
    expect((await deliverDueMail(minutes(now, 24 * 60))).map((result) => result.status)).toEqual(["sent"]);
    expect(await sentTo(row.to)).toHaveLength(0);
    expect((await sentTo("ada@example.test")).map((mail) => mail.subject)).toEqual([
      "An email from Tokenbook could not be sent",
      "Emails from Tokenbook are going out again",
    ]);
  });

  it("sends once when two processes deliver the same message at the same time", async () => {
    const row = await queueMail(reminderTo());
    const results = await Promise.all([deliverMail(row.id), deliverMail(row.id), deliverDueMail()]);
    // A call that finds the message taken answers with its status then: "sending", or "sent" once the other call is
    // done.
    expect(results.flat().every((result) => result.status === "sent" || result.status === "sending")).toBe(true);
    expect(await sentTo(row.to)).toHaveLength(1);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(1);
  });

  it("delivers due messages page by page", async () => {
    const rows = [];
    for (let i = 0; i < 5; i++) rows.push(await queueMail(reminderTo()));
    const results = await deliverDueMail(new Date(), 2);
    expect(results.map((result) => result.id).sort()).toEqual(rows.map((row) => row.id).sort());
    expect(results.every((result) => result.status === "sent")).toBe(true);
    expect(await catcher.messages()).toHaveLength(5);
  });
});

describe("sign-in links", () => {
  const link = "http://tokenbook.example.test:3000/api/auth/callback/email?token=4f9c2a7e1b&email=sam%40example.test";
  const signIn = (to: string) => {
    const { text, html } = renderEmail({
      heading: "Sign in to Tokenbook",
      paragraphs: ["Press the button to sign in. The link works once, for 10 minutes."],
      button: { label: "Sign in", url: link },
    });
    return { to, subject: "Sign in to Tokenbook", text, html, kind: "sign-in" };
  };

  it("sends the link but keeps it out of the stored copy", async () => {
    const result = await sendMail(signIn("sam@example.test"), { redact: [link] });

    expect(result.status).toBe("sent");
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(JSON.stringify(row)).not.toContain("4f9c2a7e1b");
    expect(row.text).toContain(redactedText);
    expect(row.html).toContain(redactedText);

    const mail = await catcher.waitForMail({ to: "sam@example.test", subject: "Sign in" });
    expect(mail.text).toContain(link);
    expect(mail.html).toContain("token=4f9c2a7e1b");
  });

  it("marks a refused sign-in email failed at once, since the link is not stored to retry with", async () => {
    await catcher.setRefusing(true);
    const result = await sendMail(signIn("sid@example.test"), { redact: [link] });

    expect(result.status).toBe("failed");
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.lastError).toContain("Not retried: sign-in links are single-use; ask for a new one.");
    expect(row.nextAttemptAt).toBeNull();
    await catcher.setRefusing(false);
    expect(await deliverDueMail(minutes(new Date(), 60))).toEqual([]);
    expect(await catcher.messages()).toHaveLength(0);
  });
});

describe("sendTestEmail", () => {
  it("is for admins only", async () => {
    await expect(sendTestEmail(editor, "eddie@example.test")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.outboxMessage.count({ where: { to: "eddie@example.test" } })).toBe(0);
  });

  it("says plainly that the mail server accepted it", async () => {
    expect(await sendTestEmail(admin, " ada@example.test ")).toEqual({
      ok: true,
      message: "The mail server accepted the test email for ada@example.test.",
    });
    const mail = await catcher.waitForMail({ to: "ada@example.test", subject: "Tokenbook test email" });
    expect(mail.text).toContain("Ada Admin sent this test");
  });

  it("says plainly why the mail server refused it, and does not retry it", async () => {
    await catcher.setRefusing(true);
    const result = await sendTestEmail(admin, "ada@example.test");
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^The test email to ada@example\.test was not sent\. The mail server refused it: 451 /,
    );
    const row = await db.outboxMessage.findFirstOrThrow({ where: { kind: "test" }, orderBy: { createdAt: "desc" } });
    expect(row.status).toBe("failed");
  });
});
