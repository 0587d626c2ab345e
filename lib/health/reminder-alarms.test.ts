import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { checkHealth } = await import("./check-health");
const { readReminderStatus } = await import("./reminder-alarms");
const { runRecordedJob } = await import("@/lib/jobs/start-job-runner");
const { scheduledJobs } = await import("@/lib/jobs/scheduled-jobs");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");
const { daysFromNow } = await import("@/testing/dates");

afterAll(() => catcher.stop());
const job = (name: string) => scheduledJobs.find((candidate) => candidate.name === name)!;
const minutesLater = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);
const quiet = () => undefined;

describe("failures are loud", () => {
  it("a sweep that fails or stops shows in /api/health with the reason, and the last good sweep and digest times", async () => {
    const start = new Date();
    await runRecordedJob(job("reminders-sweep"), start, quiet);
    await runRecordedJob(job("reminders-digest"), start, quiet);
    expect(await checkHealth(minutesLater(start, 1))).toMatchObject({
      ok: true,
      reminders: { lastSweepAt: start.toISOString(), lastDigestAt: start.toISOString() },
    });

    const failing = { ...job("reminders-sweep"), run: () => Promise.reject(new Error('relation "tokens" is locked')) };
    await expect(runRecordedJob(failing, minutesLater(start, 5), quiet)).rejects.toThrow();
    expect(await checkHealth(minutesLater(start, 6))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^The reminder sweep failed at .*: relation "tokens" is locked$/),
    });

    await runRecordedJob(job("reminders-sweep"), minutesLater(start, 10), quiet);
    expect((await checkHealth(minutesLater(start, 11))).ok).toBe(true);
    expect(await checkHealth(minutesLater(start, 30))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^No reminder sweep has run since .*; it should run every 5 minutes\.$/),
    });
  });

  it("a mail server refusing everything: alarm within one sweep interval, one admin email when mail is back", async () => {
    await createPerson({ name: "Ada Admin", email: "ada@example.test", role: "admin" });
    const owner = await createPerson({ name: "Olga Owner", email: "olga@example.test", role: "editor" });
    await createTokenRecord({ name: "HubSpot key", service: "HubSpot", ownerId: owner.id, expiresOn: daysFromNow(7) });
    // The first test's runs were in the simulated future; this one starts afresh.
    await db.setting.deleteMany({ where: { key: { startsWith: "job-run:" } } });
    await catcher.setRefusing(true);
    const now = new Date();
    await runRecordedJob(job("reminders-sweep"), now, quiet);
    expect((await readReminderStatus(minutesLater(now, 1))).alarms).toEqual([]);
    const later = minutesLater(now, 5);
    const alarms = (await readReminderStatus(later)).alarms;
    expect(alarms).toEqual([
      expect.objectContaining({
        kind: "mail-failing",
        reason: expect.stringMatching(
          /^Emails are not going out since .*: The mail server refused it: 451 4\.3\.2 Mail catcher is refusing/,
        ),
      }),
    ]);
    expect(await checkHealth(later)).toMatchObject({ ok: false, reason: alarms[0].reason });

    await catcher.setRefusing(false);
    await runRecordedJob(job("mail-deliver-due"), minutesLater(now, 30), quiet);
    await runRecordedJob(job("mail-deliver-due"), minutesLater(now, 31), quiet);
    await runRecordedJob(job("reminders-sweep"), minutesLater(now, 31), quiet);
    const mail = await catcher.messages();
    expect(
      mail
        .filter((message) => message.subject === "Emails from Tokenbook are going out again")
        .map((message) => message.to),
    ).toEqual([["ada@example.test"]]);
    expect(mail.some((message) => message.to.includes("olga@example.test"))).toBe(true);
    expect((await readReminderStatus(minutesLater(now, 32))).alarms).toEqual([]);
    expect(await db.outboxMessage.count({ where: { kind: "mail-recovered-notice" } })).toBe(1);
  });
});
