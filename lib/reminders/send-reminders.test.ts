import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";
import { addDays as moveDays, isoDay } from "@/lib/dates/calendar-day";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { deliverDueMail, queueMail } = await import("@/lib/mail/send-mail");
const { sweepReminders } = await import("./sweep-reminders");
const { sendReminderDigests } = await import("./send-reminder-digests");
const { syncReminderStatuses } = await import("./sync-reminder-statuses");
const { acknowledgeByLink } = await import("./acknowledge-token");
const { readAcknowledgementLink } = await import("./acknowledgement-link");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");

await createPerson({ name: "Ada Admin", email: "ada@example.test", role: "admin" });
const olga = await createPerson({ name: "Olga Owner", email: "olga@example.test", role: "editor" });
const finn = await createPerson({ name: "Finn Backup", email: "finn@example.test", role: "editor" });
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const date = (day: string) => new Date(`${day}T00:00:00Z`);
const addDays = (day: string, days: number) => isoDay(moveDays(date(day), days));
const hubspot = (overrides: Parameters<typeof createTokenRecord>[0] = {}) =>
  createTokenRecord({
    name: "HubSpot reporting key",
    service: "HubSpot",
    ownerId: olga.id,
    backupId: finn.id,
    expiresOn: date("2026-12-12"),
    dependents: ["Weekly marketing report", "CRM sync"],
    ...overrides,
  });
const inbox = async () => (await catcher.messages()).map((mail) => `${mail.to.join(",")}: ${mail.subject}`);

/**
 * Runs the sweep on each day from `from` to `to` (twice a day: the second run must add nothing) and returns the mail
 * per day.
 */
async function sweepDays(from: string, to: string) {
  const byDay: Record<string, string[]> = {};
  for (let day = from; day <= to; day = addDays(day, 1)) {
    await catcher.clear();
    await sweepReminders(at(day));
    await sweepReminders(new Date(at(day).getTime() + 3 * 3600_000));
    const mail = (await inbox()).sort();
    if (mail.length) byDay[day] = mail;
  }
  return byDay;
}

beforeEach(async () => {
  await db.reminderDelivery.deleteMany();
  await db.acknowledgement.deleteMany();
  await db.token.deleteMany();
  await db.outboxMessage.deleteMany();
  await db.user.updateMany({ data: { reminderDigest: false } });
  await catcher.setRefusing(false);
  await catcher.clear();
});

afterAll(() => catcher.stop());

describe("reminders across time", () => {
  it("sends each step once, in order, to owner and backup, and tells admins when nobody is on it", async () => {
    await hubspot();
    const both = (subject: string) => [`finn@example.test: ${subject}`, `olga@example.test: ${subject}`];
    const nobody = (when: string) => `ada@example.test: Nobody is on HubSpot reporting key yet — it ${when} (12 Dec)`;
    expect(await sweepDays("2026-11-01", "2026-12-20")).toEqual({
      "2026-11-12": both("HubSpot reporting key expires in 30 days (12 Dec)"),
      "2026-11-28": both("HubSpot reporting key expires in 14 days (12 Dec)"),
      "2026-12-05": both("HubSpot reporting key expires in 7 days (12 Dec)"),
      "2026-12-09": [nobody("expires in 3 days"), ...both("HubSpot reporting key expires in 3 days (12 Dec)")],
      "2026-12-11": both("HubSpot reporting key expires tomorrow (12 Dec)"),
      "2026-12-12": [nobody("expires today"), ...both("HubSpot reporting key expires today (12 Dec)")],
      "2026-12-14": both("HubSpot reporting key expired 2 days ago (12 Dec)"),
      "2026-12-16": both("HubSpot reporting key expired 4 days ago (12 Dec)"),
      "2026-12-18": both("HubSpot reporting key expired 6 days ago (12 Dec)"),
      "2026-12-20": both("HubSpot reporting key expired 8 days ago (12 Dec)"),
    });
    expect(await db.reminderDelivery.count({ where: { status: "sent" } })).toBe(22);
  });

  it("writes a plain email: what, when, what stops working, the backup, the runbook and “I'm on it”", async () => {
    const token = await hubspot();
    await sweepReminders(at("2026-12-05"));
    const mail = await catcher.waitForMail({ to: "olga@example.test" });
    expect(mail.subject).toBe("HubSpot reporting key expires in 7 days (12 Dec)");
    expect(mail.text).toContain("HubSpot reporting key unlocks HubSpot. It expires on 12 Dec 2026 — in 7 days.");
    expect(mail.text).toContain("If it runs out, these stop working: Weekly marketing report, CRM sync.");
    expect(mail.text).toContain("Backup: Finn Backup");
    expect(mail.text).toContain(`Open the runbook:\nhttp://tokenbook.example.test:3000/tokens/${token.id}/runbook`);
    expect(mail.text).toContain("Not yours? Tell an admin: Ada Admin <ada@example.test>.");
    expect(mail.html).toContain(`href="http://tokenbook.example.test:3000/tokens/${token.id}/runbook"`);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { to: "olga@example.test" } });
    expect(mail.messageId).toBe(row.messageId);
    expect(row).toMatchObject({ kind: "reminder", status: "sent" });
  });

  it("sends a token that jumped windows while nothing ran only its current step", async () => {
    await hubspot();
    await sweepReminders(at("2026-12-06"));
    expect((await inbox()).sort()).toEqual([
      "finn@example.test: HubSpot reporting key expires in 6 days (12 Dec)",
      "olga@example.test: HubSpot reporting key expires in 6 days (12 Dec)",
    ]);
    expect(await db.reminderDelivery.findMany({ select: { step: true } })).toEqual([
      { step: "before-7" },
      { step: "before-7" },
    ]);
  });

  it("after an import or a hand-over, tells admins only a day after the holders' first reminder", async () => {
    await hubspot({ expiresOn: date("2026-12-07") });
    const days = await sweepDays("2026-12-05", "2026-12-06");
    expect(days["2026-12-05"]).toEqual([
      "finn@example.test: HubSpot reporting key expires in 2 days (7 Dec)",
      "olga@example.test: HubSpot reporting key expires in 2 days (7 Dec)",
    ]);
    expect(days["2026-12-06"]).toContain(
      "ada@example.test: Nobody is on HubSpot reporting key yet — it expires tomorrow (7 Dec)",
    );
  });

  it("stops escalating once someone pressed “I'm on it” in their email", async () => {
    const token = await hubspot();
    await sweepReminders(at("2026-12-05"));
    const mail = await catcher.waitForMail({ to: "finn@example.test" });
    const link = new URL(mail.text.match(/http:\/\/\S+\/im-on-it\?\S+/)![0]);
    const claim = readAcknowledgementLink(Object.fromEntries(link.searchParams));
    expect(claim).toEqual({ tokenId: token.id, dueOn: "2026-12-12", personId: finn.id });
    expect(readAcknowledgementLink({ ...Object.fromEntries(link.searchParams), person: olga.id })).toBeNull();
    await acknowledgeByLink(claim!, { ipAddress: "127.0.0.1" });
    await acknowledgeByLink(claim!, { ipAddress: "127.0.0.1" });
    expect(
      await db.auditEvent.count({ where: { action: "reminder.acknowledged", recordId: token.id, actorId: finn.id } }),
    ).toBe(1);

    expect(
      Object.values(await sweepDays("2026-12-06", "2026-12-13"))
        .flat()
        .filter((line) => line.startsWith("ada@")),
    ).toEqual([]);
  });

  it("after a rotation to a new date, stops the old series and starts the new one", async () => {
    const token = await hubspot();
    await db.user.update({ where: { id: finn.id }, data: { reminderDigest: true } });
    await sweepReminders(at("2026-12-05"));
    expect(await inbox()).toEqual(["olga@example.test: HubSpot reporting key expires in 7 days (12 Dec)"]);
    await db.token.update({ where: { id: token.id }, data: { expiresOn: date("2027-03-01") } });

    const days = await sweepDays("2026-12-06", "2027-01-31");
    expect(days).toEqual({
      "2027-01-30": ["olga@example.test: HubSpot reporting key expires in 30 days (1 Mar)"],
    });
    // Finn's 7-day reminder was waiting for his digest when the date changed: it is cancelled, not sent.
    expect(
      await db.reminderDelivery.findMany({
        where: { recipientId: finn.id },
        select: { dueOn: true, step: true, status: true },
        orderBy: { dueOn: "asc" },
      }),
    ).toEqual([
      { dueOn: date("2026-12-12"), step: "before-7", status: "cancelled" },
      { dueOn: date("2027-03-01"), step: "before-30", status: "claimed" },
    ]);
  });

  it("nudges the owner of a token without a backup once a week", async () => {
    await hubspot({ backupId: null, expiresOn: null });
    const days = await sweepDays("2026-12-01", "2026-12-15");
    expect(days).toEqual({
      "2026-12-01": ["olga@example.test: HubSpot reporting key has no backup person"],
      "2026-12-07": ["olga@example.test: HubSpot reporting key has no backup person"],
      "2026-12-14": ["olga@example.test: HubSpot reporting key has no backup person"],
    });
  });

  it("reminds nobody about retired, revoked or compromised tokens", async () => {
    for (const state of ["retired", "revoked", "compromised"] as const)
      await hubspot({ name: `HubSpot ${state} key`, state });
    expect(await sweepDays("2026-12-05", "2026-12-13")).toEqual({});
  });
});

describe("digest readers", () => {
  it("get one email a day listing their reminders, still once per step", async () => {
    await db.user.update({ where: { id: olga.id }, data: { reminderDigest: true } });
    await hubspot();
    await hubspot({ name: "Stripe payouts key", service: "Stripe", expiresOn: date("2026-12-08"), dependents: [] });
    await sweepReminders(at("2026-12-05"));
    // Olga reads a digest; Finn gets his at once, both new to him so in one summary. Admins are not told yet: the
    // holders just had their first reminder.
    expect((await inbox()).sort()).toEqual([
      "finn@example.test: You now look after 2 tokens that need attention in Tokenbook",
    ]);

    await catcher.clear();
    expect(await sendReminderDigests(at("2026-12-06"))).toBe(1);
    expect(await sendReminderDigests(at("2026-12-06"))).toBe(0);
    await sweepReminders(at("2026-12-06"));
    // A day after the first reminder, and nobody is on it: now the admin hears.
    expect(await inbox()).toContain(
      "ada@example.test: Nobody is on Stripe payouts key yet — it expires in 2 days (8 Dec)",
    );
    const mail = (await catcher.messages()).filter((message) => message.to.includes("olga@example.test"));
    expect(mail.map((message) => message.subject)).toEqual([
      "Tokenbook daily reminders for 6 Dec: 2 tokens need attention",
    ]);
    expect(mail[0].text).toContain("• Stripe payouts key expires in 2 days (8 Dec)");
    expect(mail[0].text).toContain("• HubSpot reporting key expires in 6 days (12 Dec)");
    expect(mail[0].text).toMatch(/I'm on it: http:\/\/tokenbook\.example\.test:3000\/im-on-it\?/);
    expect(await db.reminderDelivery.count({ where: { recipientId: olga.id, status: "sent" } })).toBe(2);
  });
});

describe("a mail server that refuses or is down", () => {
  it("delivers the reminders once it is back", async () => {
    await hubspot();
    await catcher.setRefusing(true);
    await sweepReminders(at("2026-12-05"));
    expect(await catcher.messages()).toEqual([]);
    expect(await db.outboxMessage.count({ where: { status: "queued", attempts: 1 } })).toBe(2);

    await catcher.setRefusing(false);
    await deliverDueMail(new Date(at("2026-12-05").getTime() + 2 * 60_000));
    await sweepReminders(at("2026-12-05"));
    expect((await inbox()).sort()).toEqual([
      "ada@example.test: Emails from Tokenbook are going out again",
      "finn@example.test: HubSpot reporting key expires in 7 days (12 Dec)",
      "olga@example.test: HubSpot reporting key expires in 7 days (12 Dec)",
    ]);
    expect(await db.reminderDelivery.count({ where: { status: "sent" } })).toBe(2);
  });

  it("past the last try, shows the reminder failed and tells the admins once", async () => {
    await hubspot({ backupId: null, expiresOn: date("2026-12-12") });
    await catcher.setRefusing(true);
    let now = at("2026-12-05");
    await sweepReminders(now);
    // A mail server answering "try later" for five days: tried for more than three, then given up.
    for (let run = 0; run < 20; run++) {
      now = new Date(now.getTime() + 6 * 3600_000);
      await deliverDueMail(now);
    }
    const reminder = await db.outboxMessage.findFirstOrThrow({
      where: { kind: "reminder", subject: { contains: "expires in 7 days" } },
    });
    expect(reminder).toMatchObject({ status: "failed", attempts: 13 });
    await syncReminderStatuses();
    expect(await db.reminderDelivery.findFirst({ where: { kind: "expiry" }, select: { status: true } })).toEqual({
      status: "failed",
    });
    // The weekly "no backup" nudge failed too, but admins get one notice, not one per email.
    expect(await db.outboxMessage.count({ where: { kind: "reminder", status: "failed" } })).toBe(2);
    expect(await db.outboxMessage.count({ where: { kind: "mail-failure-notice" } })).toBe(1);

    await catcher.setRefusing(false);
    await deliverDueMail(new Date(now.getTime() + 3600_000));
    await deliverDueMail(new Date(now.getTime() + 2 * 3600_000));
    expect(await inbox()).toEqual([
      "ada@example.test: An email from Tokenbook could not be sent",
      "ada@example.test: Emails from Tokenbook are going out again",
    ]);
    const notice = await catcher.waitForMail({ to: "ada@example.test", subject: "could not be sent" });
    expect(notice.text).toContain("http://tokenbook.example.test:3000/outbox?status=failed");
  });
});

describe("an email cut off mid-send", () => {
  it("goes back to the queue once its lease has run out and is sent again under the same Message-ID", async () => {
    const row = await queueMail({
      to: "olga@example.test",
      subject: "HubSpot reporting key expires in 7 days (12 Dec)",
      text: "Hello",
      html: "<p>Hello</p>",
      kind: "reminder",
    });
    // A worker claimed it and died before the mail server answered.
    await db.outboxMessage.update({ where: { id: row.id }, data: { status: "sending", attempts: 1 } });
    expect(await deliverDueMail(at("2026-12-05"))).toEqual([]);
    await db.$executeRaw`UPDATE outbox_messages SET updated_at = updated_at - interval '6 minutes' WHERE id = ${row.id}`;

    expect(await deliverDueMail(at("2026-12-05"))).toEqual([{ id: row.id, status: "sent" }]);
    expect(await deliverDueMail(at("2026-12-05"))).toEqual([]);
    const mail = await catcher.messages();
    expect(mail.map((message) => message.messageId)).toEqual([row.messageId]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
    });
  });
});
