import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { sendAgain } = await import("./send-again");
const { sweepReminders } = await import("@/lib/reminders/sweep-reminders");
const { syncReminderStatuses } = await import("@/lib/reminders/sync-reminder-statuses");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");

afterAll(() => catcher.stop());

describe("send again from the Outbox", () => {
  it("delivers a failed reminder once, even on a double click, and the person gets the step once", async () => {
    const ada = await createPerson({ name: "Ada Admin", email: "ada@example.test", role: "admin" });
    const admin = { id: ada.id, email: ada.email, name: ada.name, role: ada.role };
    const olga = await createPerson({ name: "Olga Owner", email: "olga@example.test", role: "editor" });
    const finn = await createPerson({ name: "Finn Backup", email: "finn@example.test", role: "editor" });
    await createTokenRecord({
      name: "HubSpot reporting key",
      service: "HubSpot",
      ownerId: olga.id,
      backupId: finn.id,
      expiresOn: new Date("2026-12-12T00:00:00Z"),
    });
    await catcher.setRefusing(true);
    const now = new Date("2026-12-05T09:00:00Z");
    await sweepReminders(now);
    // The retries ran out during a long outage.
    await db.outboxMessage.updateMany({ where: { kind: "reminder" }, data: { status: "failed", nextAttemptAt: null } });
    await syncReminderStatuses();
    await catcher.setRefusing(false);
    await db.setting.deleteMany({ where: { key: "mail-failing" } });

    const olgasEmail = await db.outboxMessage.findFirstOrThrow({ where: { to: "olga@example.test" } });
    const clicks = await Promise.all([
      sendAgain(admin, { ids: [olgasEmail.id] }, now),
      sendAgain(admin, { ids: [olgasEmail.id] }, now),
    ]);
    expect(clicks.map((click) => click.requeued).sort()).toEqual([0, 1]);
    expect(await sendAgain(admin, { ids: [olgasEmail.id] }, now)).toEqual({ requeued: 0, results: [] });
    expect((await catcher.messages()).map((mail) => mail.to.join())).toEqual(["olga@example.test"]);
    await syncReminderStatuses(); // as the mail job does every minute
    expect(
      await db.reminderDelivery.findFirstOrThrow({ where: { recipientId: olga.id }, select: { status: true } }),
    ).toEqual({ status: "sent" });

    // "All": Finn's failed email goes out once; Olga's is not sent a second time.
    expect((await sendAgain(admin, "all", now)).requeued).toBe(1);
    expect((await catcher.messages()).map((mail) => mail.to.join()).sort()).toEqual([
      "finn@example.test",
      "olga@example.test",
    ]);
    expect(await db.auditEvent.count({ where: { action: "mail.sent_again", actorId: ada.id } })).toBe(2);
  });
});
