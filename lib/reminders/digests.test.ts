import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { sweepReminders } = await import("./sweep-reminders");
const { sendReminderDigests } = await import("./send-reminder-digests");
const { scheduledJobs } = await import("@/lib/jobs/scheduled-jobs");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");

await createPerson({ name: "Ada Admin", email: "ada@example.test", role: "admin" });
const olga = await createPerson({
  name: "Olga Owner",
  email: "olga@example.test",
  role: "editor",
  reminderDigest: true,
});
const finn = await createPerson({ name: "Finn Backup", email: "finn@example.test", role: "editor" });
const bea = await createPerson({ name: "Bea Other", email: "bea@example.test", role: "editor" });
const hours = (iso: string, hour: number) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const minutesLater = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);
const deliverDueJob = scheduledJobs.find((job) => job.name === "mail-deliver-due")!;
const tokenFor = (name: string, expiresOn: string, overrides: Parameters<typeof createTokenRecord>[0] = {}) =>
  createTokenRecord({
    name,
    service: "HubSpot",
    ownerId: olga.id,
    backupId: finn.id,
    expiresOn: date(expiresOn),
    ...overrides,
  });
const toOlga = async () => (await catcher.messages()).filter((mail) => mail.to.includes("olga@example.test"));

beforeEach(async () => {
  await db.reminderDelivery.deleteMany();
  await db.token.deleteMany();
  await db.outboxMessage.deleteMany();
  await db.user.update({ where: { id: olga.id }, data: { active: true } });
  await catcher.setRefusing(false);
  await catcher.clear();
});

afterAll(() => catcher.stop());

describe("daily reminder emails that lose nothing", () => {
  it("mail server refusing, A's date changes, server back: B arrives, A does not, nothing stays claimed", async () => {
    const a = await tokenFor("Alpha key", "2026-12-12");
    await tokenFor("Bravo key", "2026-12-12");
    await sweepReminders(hours("2026-12-05", 9));
    await catcher.setRefusing(true);
    const digestTime = hours("2026-12-06", 9);
    expect(await sendReminderDigests(digestTime)).toBe(1);
    expect(await toOlga()).toEqual([]);

    await db.token.update({ where: { id: a.id }, data: { expiresOn: date("2027-03-01") } });
    await catcher.setRefusing(false);
    // The jobs as they run: the mail retry (every minute), then the digest job (every 10 minutes).
    await deliverDueJob.run(minutesLater(digestTime, 2));
    await sendReminderDigests(minutesLater(digestTime, 10));

    const mail = await toOlga();
    expect(mail.map((message) => message.subject)).toEqual([
      "Tokenbook daily reminders for 6 Dec: 1 token needs attention",
    ]);
    expect(mail[0].text).toContain("Bravo key");
    expect(mail[0].text).not.toContain("Alpha key");
    expect(await db.reminderDelivery.count({ where: { status: "claimed" } })).toBe(0);
    expect(
      await db.reminderDelivery.findMany({
        where: { recipientId: olga.id },
        select: { status: true, token: { select: { name: true } } },
        orderBy: { token: { name: "asc" } },
      }),
    ).toEqual([
      { status: "cancelled", token: { name: "Alpha key" } },
      { status: "sent", token: { name: "Bravo key" } },
    ]);
    const held = await db.outboxMessage.findFirstOrThrow({ where: { kind: "reminder-digest", status: "cancelled" } });
    expect(held.lastError).toMatch(/written again without it/);
  });

  it("sends nothing to a person deactivated, or no longer responsible, since the reminder was claimed", async () => {
    const token = await tokenFor("Charlie key", "2026-12-12");
    await db.user.update({ where: { id: finn.id }, data: { reminderDigest: true } });
    await sweepReminders(hours("2026-12-05", 9));
    await db.user.update({ where: { id: olga.id }, data: { active: false } });
    await db.token.update({ where: { id: token.id }, data: { backupId: bea.id } });

    expect(await sendReminderDigests(hours("2026-12-06", 9))).toBe(0);
    expect(await catcher.messages()).toEqual([]);
    expect(await db.reminderDelivery.findMany({ select: { status: true } })).toEqual([
      { status: "cancelled" },
      { status: "cancelled" },
    ]);
    await db.user.update({ where: { id: finn.id }, data: { reminderDigest: false } });
  });

  it("catches up a missed digest hour once, at the next run; a reminder claimed after the hour waits for tomorrow", async () => {
    await tokenFor("Delta key", "2026-12-12");
    await sweepReminders(hours("2026-12-05", 9));
    // Nothing ran at 09:00 (the reminder hour) on 6 Dec; the first run is at 15:20.
    expect(await sendReminderDigests(minutesLater(hours("2026-12-06", 15), 20))).toBe(1);
    expect(await sendReminderDigests(minutesLater(hours("2026-12-06", 15), 30))).toBe(0);

    await tokenFor("Echo key", "2026-12-09");
    await sweepReminders(hours("2026-12-06", 16));
    expect(await sendReminderDigests(hours("2026-12-06", 17))).toBe(0);
    expect(await sendReminderDigests(hours("2026-12-07", 9))).toBe(1);
    expect((await toOlga()).map((message) => message.subject)).toEqual([
      "Tokenbook daily reminders for 6 Dec: 1 token needs attention",
      "Tokenbook daily reminders for 7 Dec: 1 token needs attention",
    ]);
    expect(await db.reminderDelivery.count({ where: { status: "claimed" } })).toBe(0);
  });
});
