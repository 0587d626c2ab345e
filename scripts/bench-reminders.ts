// `npx tsx --conditions=react-server scripts/bench-reminders.ts`: how long planning takes for 100,000 tokens, and how
// long a
// sweep takes to claim and send 1,000 reminders to a loopback SMTP server (throwaway database).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { startMailCatcher } from "../testing/mail-catcher";
import {
  createDatabase,
  dropDatabase,
  prepareTemplateDatabase,
  startTestDatabaseServer,
} from "../testing/test-database-server";
import { planReminders, type PlannerToken } from "../lib/reminders/plan-reminders";
import { defaultReminderSchedule } from "../lib/reminders/reminder-schedule";
import { dayMs as day } from "../lib/dates/calendar-day";
import { reminderDateIn } from "../lib/dates/zoned-day";

const now = new Date("2026-12-05T09:00:00Z");
// Planned for an organisation far from UTC: the zone is worked out once per sweep, not per token.
const reminderDay = reminderDateIn(now, "America/Los_Angeles", 9);
const criticalities = ["low", "medium", "high", "critical"] as const;

function benchPlanning(count: number) {
  const tokens: PlannerToken[] = Array.from({ length: count }, (_, index) => ({
    id: `token-${index}`,
    state: index % 50 === 0 ? "retired" : "active",
    criticality: criticalities[index % 4],
    expiresOn: index % 10 === 0 ? null : new Date(Date.UTC(2026, 11, 5) + ((index % 400) - 100) * day),
    rotationDueOn: index % 3 === 0 ? new Date(Date.UTC(2026, 11, 5) + ((index % 90) - 30) * day) : null,
    backupId: index % 7 === 0 ? null : "backup",
    expiryAcknowledged: index % 5 === 0,
    firstExpiryReminderSentAt: index % 2 === 0 ? new Date(now.getTime() - 2 * day) : null,
  }));
  planReminders(tokens.slice(0, 1000), defaultReminderSchedule, now, reminderDay); // warm up
  const runs = 5;
  let best = Infinity;
  let planned = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    planned = planReminders(tokens, defaultReminderSchedule, now, reminderDay).length;
    best = Math.min(best, performance.now() - started);
  }
  console.log(
    `plan: ${count.toLocaleString("en")} tokens → ${planned.toLocaleString("en")} reminders in ${best.toFixed(1)} ms (best of ${runs})`,
  );
}

async function benchSending(tokenCount: number) {
  const server = await startTestDatabaseServer();
  const catcher = await startMailCatcher();
  const name = `tokenbook_bench_${randomBytes(4).toString("hex")}`;
  try {
    await prepareTemplateDatabase(server.serverUrl);
    process.env.DATABASE_URL = await createDatabase(server.serverUrl, name);
    process.env.SMTP_URL = catcher.smtpUrl;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
    const { db } = await import("../lib/db");
    const { sweepReminders } = await import("../lib/reminders/sweep-reminders");
    const { createLoadTestPeople, createTokensExpiringTogether } =
      await import("../testing/reminders/seed-expiring-tokens");
    await createTokensExpiringTogether(await createLoadTestPeople(), tokenCount, new Date("2026-12-12T00:00:00Z"));
    const started = performance.now();
    const result = await sweepReminders(now);
    const elapsed = performance.now() - started;
    const received = (await catcher.messages()).length;
    console.log(
      `send: one sweep claimed and sent ${result.emailed} reminders (${received} received over SMTP) in ${(elapsed / 1000).toFixed(2)} s — ${((result.emailed / elapsed) * 1000).toFixed(0)} emails/s`,
    );
    await db.$disconnect();
  } finally {
    await catcher.stop();
    await dropDatabase(server.serverUrl, name).catch(() => undefined);
    await server.stop();
  }
}

benchPlanning(100_000);
await benchSending(500);
