import { afterAll, expect, it } from "vitest";
import { startMailCatcherForApp } from "@/testing/mail-catcher";
import { daysFromNow } from "@/testing/dates";

const catcher = await startMailCatcherForApp();
const { db } = await import("@/lib/db");
const { scheduledJobs } = await import("./scheduled-jobs");
const { runRecordedJob } = await import("./start-job-runner");
const { createPerson, createTokenRecord } = await import("@/prisma/factories");

afterAll(() => catcher.stop());

const dataVersion = async () => (await db.dataVersion.findUniqueOrThrow({ where: { id: true } })).version;
const runEveryJob = async (now: Date) => {
  for (const job of scheduledJobs) await runRecordedJob(job, now, () => undefined);
};

// Every saved change drops the cached pages and data (lib/page-cache), so a job that writes with nothing to do
// would end every person's cached pages each time it runs.
it("runs every scheduled job again with nothing new to do without moving the data version", async () => {
  await createPerson({ role: "admin" });
  const owner = await createPerson({ role: "editor" });
  const backup = await createPerson({ role: "editor" });
  await createTokenRecord({ ownerId: owner.id, backupId: backup.id, expiresOn: daysFromNow(7) });
  await createTokenRecord({ ownerId: owner.id, expiresOn: daysFromNow(-2) });
  const before = await dataVersion();
  const now = new Date();
  await runEveryJob(now);
  await expect.poll(async () => (await catcher.messages()).length).toBeGreaterThan(0);
  const afterWork = await dataVersion();
  expect(afterWork).toBeGreaterThan(before);
  for (const minutes of [1, 5, 10]) {
    await runEveryJob(new Date(now.getTime() + minutes * 60_000));
    expect({ minutes, version: await dataVersion() }).toEqual({ minutes, version: afterWork });
  }
});
