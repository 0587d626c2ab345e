// Real worker processes (the production job runner, acting at a given time) on one database,
// counting what arrives at a real SMTP server.
import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcher, type CaughtMail } from "@/testing/mail-catcher";
import { createLoadTestPeople, createTokensExpiringTogether } from "@/testing/reminders/seed-expiring-tokens";
import { spawnWorker, stopWorker } from "@/testing/reminders/spawn-worker";

const catcher = await startMailCatcher();
const workerEnv = {
  DATABASE_URL: process.env.DATABASE_URL!,
  SMTP_URL: catcher.smtpUrl,
  APP_URL: "http://tokenbook.example.test:3000",
  AUTH_SECRET: "reminder-test-secret-that-is-long-enough",
};
Object.assign(process.env, workerEnv);
const { db } = await import("@/lib/db");

const now = new Date("2026-12-05T09:00:00Z");
const workers: ChildProcess[] = [];
const people = await createLoadTestPeople();

/** `count` tokens that all entered the 7-day window together, each with an owner and a backup. */
async function tokensExpiringInSevenDays(count: number) {
  await createTokensExpiringTogether(people, count, new Date("2026-12-12T00:00:00Z"));
  return count * 2;
}

const pairKey = (mail: CaughtMail) => `${mail.to.join(",")}|${mail.subject}`;

/**
 * Waits while reminders keep arriving: it fails only when none has arrived for a minute (a stall),
 * never because a busy machine is slow.
 */
async function waitForDistinct(expected: number, stallMs = 60_000) {
  let [seen, lastProgress] = [0, Date.now()];
  for (;;) {
    const distinct = new Set((await catcher.messages()).map(pairKey)).size;
    if (distinct >= expected) break;
    if (distinct > seen) [seen, lastProgress] = [distinct, Date.now()];
    if (Date.now() - lastProgress > stallMs)
      throw new Error(`Only ${distinct} of ${expected} reminders arrived, and none for a minute.`);
    await sleep(100);
  }
  // A copy sent twice would be sent before its row is marked sent: once no row is waiting or
  // being sent, every message that will ever arrive has arrived. A reminder is marked sent after
  // its email is, by the job that sent it, so that is waited for too.
  lastProgress = Date.now();
  while (
    (await db.outboxMessage.count({ where: { status: { in: ["queued", "sending"] } } })) ||
    (await db.reminderDelivery.count({ where: { status: "claimed" } }))
  ) {
    if (Date.now() - lastProgress > stallMs)
      throw new Error("Messages or reminders were still waiting a minute later.");
    await sleep(100);
  }
  return catcher.messages();
}

function groupByReminder(mail: CaughtMail[]) {
  const groups = new Map<string, CaughtMail[]>();
  for (const message of mail) groups.set(pairKey(message), [...(groups.get(pairKey(message)) ?? []), message]);
  return [...groups.values()];
}

beforeEach(async () => {
  await db.reminderDelivery.deleteMany();
  await db.token.deleteMany();
  await db.outboxMessage.deleteMany();
  await catcher.clear();
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => stopWorker(worker)));
});

afterAll(() => catcher.stop());

describe("worker processes", () => {
  it("three workers, 1,000 tokens crossing a window at once: every reminder arrives, none twice", async () => {
    const expected = await tokensExpiringInSevenDays(1000);
    const started = Date.now();
    workers.push(
      ...(await Promise.all([spawnWorker(now, workerEnv), spawnWorker(now, workerEnv), spawnWorker(now, workerEnv)])),
    );
    const mail = await waitForDistinct(expected);
    console.log(
      `3 workers delivered ${mail.length} reminders for 1,000 tokens in ${Date.now() - started} ms (from spawn)`,
    );

    expect(mail).toHaveLength(expected);
    expect(groupByReminder(mail).every((group) => group.length === 1)).toBe(true);
    expect(new Set(mail.map((message) => message.messageId)).size).toBe(expected);
    expect(await db.reminderDelivery.count({ where: { status: "sent", step: "before-7" } })).toBe(expected);
  }, 1_200_000);

  it("a worker killed with SIGKILL mid-batch and started again loses nothing and repeats an interrupted send at most once, with the same Message-ID", async () => {
    const expected = await tokensExpiringInSevenDays(300);
    const first = await spawnWorker(now, workerEnv);
    workers.push(first);
    while ((await catcher.messages()).length < 100) await sleep(10);
    await stopWorker(first, "SIGKILL");
    const receivedBeforeKill = (await catcher.messages()).length;
    const interrupted = await db.outboxMessage.count({ where: { status: "sending" } });
    console.log(`killed after ${receivedBeforeKill} of ${expected} emails; ${interrupted} send(s) cut off mid-way`);
    expect(receivedBeforeKill).toBeLessThan(expected);

    // Let the sending lease run out, as five minutes would.
    await db.$executeRaw`UPDATE outbox_messages SET updated_at = updated_at - interval '6 minutes' WHERE status = 'sending'`;
    workers.push(await spawnWorker(now, workerEnv));
    const mail = await waitForDistinct(expected);

    const groups = groupByReminder(mail);
    expect(groups).toHaveLength(expected);
    const repeats = groups.filter((group) => group.length > 1);
    console.log(
      `after the restart: ${groups.length} reminders arrived, ${repeats.length} of them twice (same Message-ID)`,
    );
    expect(repeats.length).toBeLessThanOrEqual(interrupted);
    for (const group of repeats) {
      expect(group).toHaveLength(2);
      expect(group[1].messageId).toBe(group[0].messageId);
    }
    expect(await db.reminderDelivery.count({ where: { status: "sent", step: "before-7" } })).toBe(expected);
    expect(await db.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  }, 1_200_000);
});
