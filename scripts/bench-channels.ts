// `npx tsx --conditions=react-server scripts/bench-channels.ts`: how long Tokenbook takes to queue, sign and post 1,000
// reminders to a signed webhook on a loopback receiver, and how many failed (throwaway database).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  createDatabase,
  dropDatabase,
  prepareTemplateDatabase,
  startTestDatabaseServer,
} from "../testing/test-database-server";
import { startWebhookReceiver } from "../testing/webhook-receiver";

const count = Number(process.argv[2] ?? 1000);
const now = new Date();
const expiresOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 7));

async function bench() {
  const server = await startTestDatabaseServer();
  const receiver = await startWebhookReceiver();
  const name = `tokenbook_bench_${randomBytes(4).toString("hex")}`;
  try {
    await prepareTemplateDatabase(server.serverUrl);
    process.env.DATABASE_URL = await createDatabase(server.serverUrl, name);
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64url");
    process.env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = "true";
    const { db } = await import("../lib/db");
    const { createChannel, routeTeamToChannel } = await import("../lib/channels/manage-channels");
    const { queueChannelReminders } = await import("../lib/channels/queue-channel-reminders");
    const { verifyWebhookSignature, signatureHeader } = await import("../lib/webhooks/sign-webhook");
    const { createLoadTestPeople, createTokensExpiringTogether } =
      await import("../testing/reminders/seed-expiring-tokens");
    const adminRow = await db.user.create({
      data: { name: "Bench Admin", email: "bench-admin@example.test", role: "admin" },
    });
    const admin = { id: adminRow.id, email: adminRow.email, name: adminRow.name, role: adminRow.role };
    await createTokensExpiringTogether(await createLoadTestPeople(), count, expiresOn);
    const team = await db.team.create({ data: { name: "Bench team" } });
    await db.token.updateMany({ data: { teamId: team.id } });
    const channel = await createChannel(admin, { name: "Bench webhook", kind: "webhook", url: receiver.url("/hook") });
    await routeTeamToChannel(admin, team.id, channel.id);
    const tokens = await db.token.findMany({ select: { id: true } });
    const planned = tokens.map((token) => ({
      tokenId: token.id,
      kind: "expiry" as const,
      dueOn: expiresOn,
      step: "before-7",
    }));

    const started = performance.now();
    const queued = await queueChannelReminders(planned, now, now);
    const elapsed = performance.now() - started;
    // A second run (a restart, another instance) must post nothing more.
    const again = await queueChannelReminders(planned, now, now);

    const requests = receiver.requests("/hook");
    const badSignatures = requests.filter(
      (request) =>
        !verifyWebhookSignature(
          channel.signingSecret!,
          String(request.headers[signatureHeader.toLowerCase()]),
          request.body,
          new Date(),
        ).ok,
    ).length;
    const ids = new Set(requests.map((request) => (JSON.parse(request.body) as { id: string }).id));
    const statuses = await db.outboxMessage.groupBy({
      by: ["status"],
      where: { channelId: { not: null } },
      _count: true,
    });
    console.log(
      `channels: ${queued} reminders queued, signed and posted to a loopback webhook in ${(elapsed / 1000).toFixed(2)} s (${((queued / elapsed) * 1000).toFixed(0)}/s); ` +
        `received ${requests.length} (${ids.size} distinct), bad signatures ${badSignatures}, queued again on a second run ${again}; ` +
        `outbox: ${statuses.map((row) => `${row.status} ${row._count}`).join(", ")}`,
    );
    await db.$disconnect();
  } finally {
    await receiver.stop();
    await dropDatabase(server.serverUrl, name).catch(() => undefined);
    await server.stop();
  }
}

await bench();
