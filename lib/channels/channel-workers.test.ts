// Real worker processes (the production job runner) on one database, posting to a real Slack-shaped
// receiver on loopback: each reminder arrives once, across instances and a restart.
import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcher } from "@/testing/mail-catcher";
import { daysFromNow } from "@/testing/dates";
import { startWebhookReceiver } from "@/testing/webhook-receiver";
import { createLoadTestPeople, createTokensExpiringTogether } from "@/testing/reminders/seed-expiring-tokens";
import { spawnWorker, stopWorker } from "@/testing/reminders/spawn-worker";

const catcher = await startMailCatcher();
const receiver = await startWebhookReceiver();
const workerEnv = {
  DATABASE_URL: process.env.DATABASE_URL!,
  SMTP_URL: catcher.smtpUrl,
  APP_URL: "http://tokenbook.example.test:3000",
  AUTH_SECRET: "channel-worker-secret-that-is-long-enough",
  ENCRYPTION_KEY: "channel-worker-encryption-key-long-enough",
  WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true",
};
Object.assign(process.env, workerEnv);
const { db } = await import("@/lib/db");
const { createChannel, routeTeamToChannel } = await import("./manage-channels");

const now = new Date(`${daysFromNow(0).toISOString().slice(0, 10)}T12:00:00Z`);
const slackPath = "/services/T0/B0/workers";
const workers: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(workers.splice(0).map((worker) => stopWorker(worker)));
  await catcher.stop();
  await receiver.stop();
});

/** Waits while posts keep arriving; fails only after a minute without progress, never because the machine is slow. */
async function waitFor(check: () => Promise<boolean>, what: string, stallMs = 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > stallMs) throw new Error(`Still waiting after a minute: ${what}`);
    await sleep(100);
  }
}

const distinctPosts = () =>
  new Set(receiver.requests(slackPath).map((request) => (JSON.parse(request.body) as { text: string }).text)).size;
const waiting = () =>
  db.outboxMessage.count({ where: { channelId: { not: null }, status: { in: ["queued", "sending"] } } });

describe("channel reminders from worker processes", () => {
  it("two workers and a restart: each of 50 tokens' 7-day reminder reaches Slack once", async () => {
    const adminRow = await db.user.create({ data: { name: "Ada Admin", email: "ada@example.test", role: "admin" } });
    const admin = { id: adminRow.id, email: adminRow.email, name: adminRow.name, role: adminRow.role };
    await createTokensExpiringTogether(await createLoadTestPeople(), 50, daysFromNow(7, now));
    const team = await db.team.create({ data: { name: "Marketing" } });
    await db.token.updateMany({ data: { teamId: team.id } });
    const channel = await createChannel(admin, {
      name: "Marketing in Slack",
      kind: "slack",
      url: receiver.url(slackPath),
    });
    await routeTeamToChannel(admin, team.id, channel.id);

    workers.push(await spawnWorker(now, workerEnv), await spawnWorker(now, workerEnv));
    await waitFor(async () => distinctPosts() >= 50 && (await waiting()) === 0, "50 posts");

    // A worker killed mid-flight and started again sweeps once more, and adds nothing.
    const [killed] = workers.splice(0, 1);
    await stopWorker(killed, "SIGKILL");
    const [{ restartedAt }] = await db.$queryRaw<{ restartedAt: Date }[]>`SELECT now() AS "restartedAt"`;
    workers.push(await spawnWorker(now, workerEnv));
    await waitFor(async () => {
      const [row] = await db.$queryRaw<
        { count: number }[]
      >`SELECT count(*)::int AS count FROM settings WHERE key LIKE '%reminders-sweep%' AND updated_at > ${restartedAt}`;
      return row.count > 0;
    }, "a sweep after the restart");
    await waitFor(async () => (await waiting()) === 0, "nothing waiting");

    expect(receiver.requests(slackPath)).toHaveLength(50);
    expect(distinctPosts()).toBe(50);
    expect(await db.outboxMessage.count({ where: { channelId: channel.id, status: "sent" } })).toBe(50);
  });
});
