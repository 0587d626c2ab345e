import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";

// Without SMTP_URL, Tokenbook keeps mail in the outbox; env() is read once, so unset it before any module reads it.
delete process.env.SMTP_URL;
const { db } = await import("@/lib/db");
const { mailMode } = await import("./transport");
const { deliverDueMail, queueMail, sendMail } = await import("./send-mail");
const { listOutbox } = await import("./list-outbox");
const { sendTestEmail } = await import("./send-test-email");

const { createPerson } = await import("@/prisma/factories");
const admin: Actor = await createPerson({ email: "ada@example.test", name: "Ada Admin", role: "admin" });
const viewer: Actor = await createPerson({ email: "vic@example.test", name: "Vic Viewer", role: "viewer" });
const message = (to: string, subject = "A reminder") => ({
  to,
  subject,
  text: "Hello",
  html: "<p>Hello</p>",
  kind: "reminder",
});

describe("outbox mode", () => {
  it("is the mode without SMTP_URL", () => {
    expect(mailMode()).toBe("outbox");
  });

  it("keeps a message instead of sending it", async () => {
    const result = await sendMail(message("kim@example.test"));
    expect(result).toEqual({ id: expect.any(String), status: "kept" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      status: "kept",
      attempts: 1,
      sentAt: null,
      text: "Hello",
    });
  });

  it("keeps queued messages when the job delivers them", async () => {
    const row = await queueMail(message("lou@example.test"));
    expect(row.status).toBe("queued");
    expect(await deliverDueMail()).toEqual([{ id: row.id, status: "kept" }]);
  });

  it("tells an admin the test email was kept, because no mail server is set", async () => {
    expect(await sendTestEmail(admin, "ada@example.test")).toEqual({
      ok: false,
      message: "Tokenbook has no mail server set (SMTP_URL), so the test email was kept in the outbox.",
    });
  });

  it("refuses a message it could not deliver, with a plain reason", async () => {
    await expect(sendMail(message("not an address"))).rejects.toThrow(InvalidInputError);
    await expect(sendTestEmail(admin, "nobody")).rejects.toThrow("Enter one email address, such as name@example.com.");
  });

  it("folds a subject built from a two-line name onto one line instead of refusing the email", async () => {
    const { id } = await sendMail(message("kim@example.test", "Two\r\nlines\tand a tab"));
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { subject: true } })).toEqual({
      subject: "Two lines and a tab",
    });
  });
});

describe("listOutbox", () => {
  it("is for admins only", async () => {
    await expect(listOutbox(viewer)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("pages newest first by key, with a status filter", async () => {
    await db.outboxMessage.deleteMany();
    const base = new Date("2026-12-01T09:00:00Z");
    for (let i = 0; i < 5; i++) {
      const row = await queueMail(message(`p${i}@example.test`, `Message ${i}`));
      await db.outboxMessage.update({
        where: { id: row.id },
        data: { createdAt: new Date(base.getTime() + i * 1000), status: i % 2 ? "failed" : "queued" },
      });
    }

    const first = await listOutbox(admin, { take: 2 });
    expect(first.messages.map((m) => m.subject)).toEqual(["Message 4", "Message 3"]);
    const second = await listOutbox(admin, { take: 2, cursor: first.nextCursor! });
    expect(second.messages.map((m) => m.subject)).toEqual(["Message 2", "Message 1"]);
    const third = await listOutbox(admin, { take: 2, cursor: second.nextCursor! });
    expect(third).toEqual({ messages: [expect.objectContaining({ subject: "Message 0" })], nextCursor: null });

    const failed = await listOutbox(admin, { status: "failed" });
    expect(failed.messages.map((m) => m.subject)).toEqual(["Message 3", "Message 1"]);
    await expect(listOutbox(admin, { take: 0 })).rejects.toBeInstanceOf(InvalidInputError);
  });
});
