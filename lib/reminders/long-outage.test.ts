import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { scheduledJobs } = await import("@/lib/jobs/scheduled-jobs");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");

afterAll(() => catcher.stop());
const job = (name: string) => scheduledJobs.find((candidate) => candidate.name === name)!;
const hoursLater = (time: Date, hours: number) => new Date(time.getTime() + hours * 3600_000);

describe("a mail server down for 30 hours", () => {
  it("ends in delivery: each person gets the current step once, worded for that day, and no overtaken step", async () => {
    await createPerson({ name: "Ada Admin", email: "ada@example.test", role: "admin" });
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
    // 8 Dec 20:00: the 7-day step is claimed; on 9 Dec the 3-day step overtakes it; the server is back on 10 Dec.
    const start = new Date("2026-12-08T20:00:00Z");
    // The jobs run every hour of the outage (time is a parameter): sweep, then the mail retry.
    for (let hour = 0; hour <= 30; hour++) {
      await job("reminders-sweep").run(hoursLater(start, hour));
      await job("mail-deliver-due").run(hoursLater(start, hour));
    }
    expect(await catcher.messages()).toEqual([]);

    await catcher.setRefusing(false);
    const back = hoursLater(start, 31);
    await job("mail-deliver-due").run(back);
    await job("mail-deliver-due").run(hoursLater(back, 1));
    const holders = (await catcher.messages()).filter((mail) => !mail.to.includes("ada@example.test"));
    expect(holders.map((mail) => `${mail.to.join(",")}: ${mail.subject}`).sort()).toEqual([
      "finn@example.test: HubSpot reporting key expires in 2 days (12 Dec)",
      "olga@example.test: HubSpot reporting key expires in 2 days (12 Dec)",
    ]);
    // Written when sent (10 Dec), not when claimed (9 Dec, "in 3 days").
    expect(holders[0].text).toContain("It expires on 12 Dec 2026 — in 2 days.");
    // The 7-day step, overtaken while it waited, was dropped with its reason, not sent.
    const dropped = await db.reminderDelivery.findMany({ where: { step: "before-7" }, select: { status: true } });
    expect(dropped).toEqual([{ status: "cancelled" }, { status: "cancelled" }]);
    expect(await db.reminderDelivery.count({ where: { status: "claimed" } })).toBe(0);
  }, 120_000);
});
