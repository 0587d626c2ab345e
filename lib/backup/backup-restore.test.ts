import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import { PrismaAdapter } from "@auth/prisma-adapter";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { newCalendarKey } from "@/lib/calendar/calendar-key";
import { readCalendarFeed } from "@/lib/calendar/read-calendar-feed";
import { db } from "@/lib/db";
import { withServerClient } from "@/testing/test-database-server";
import { openSecret, sealSecret } from "@/lib/crypto/seal-secret";
import { createPerson, createTeam, createTokenRecord } from "@/prisma/factories";
import { daysFromNow, isoDay } from "@/testing/dates";
import { restoreBackup, RestoreError } from "./restore-backup";
import { tableChecksums } from "./table-snapshot";
import { writeBackup } from "./write-backup";

// The data folder's key for chat and webhook addresses; a backup carries it in secrets.json.
process.env.ENCRYPTION_KEY ??= "backup-test-encryption-key-long-enough-for-aes";
const slackUrl = "https://hooks.slack.com/services/T0/B0/backupSecretPath42";
const folder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-backup-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const databaseUrl = () => process.env.DATABASE_URL!;
const databaseName = () => new URL(databaseUrl()).pathname.slice(1);

async function checksumsOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await tableChecksums(client);
  } finally {
    await client.end();
  }
}

/** The same as deleting the data folder: the database is dropped and an empty one takes its place. */
async function deleteAllData() {
  await db.$disconnect();
  await withServerClient(process.env.TEST_ADMIN_DATABASE_URL!, async (client) => {
    await client.query(`DROP DATABASE "${databaseName()}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${databaseName()}"`);
  });
}

async function seedEveryKindOfRow() {
  const channel = await db.notificationChannel.create({
    data: {
      name: "Marketing in Slack",
      kind: "slack",
      urlEncrypted: sealSecret(slackUrl),
      urlHint: "hooks.slack.com …th42",
    },
  });
  const team = await db.team.update({ where: { id: (await createTeam()).id }, data: { channelId: channel.id } });
  const owner = await createPerson({
    role: "editor",
    team: { connect: { id: team.id } },
    calendarKey: newCalendarKey(),
  });
  const backup = await createPerson({ name: 'Zoë O\'Brien, "quoted"\nnewline', role: "editor" });
  const token = await createTokenRecord({
    name: "HubSpot reporting",
    ownerId: owner.id,
    backupId: backup.id,
    teamId: team.id,
    dependents: ["Weekly report"],
    tags: ["marketing"],
    expiresOn: daysFromNow(10),
  });
  const steps = [{ text: "Open the **console**; copy the key" }, { text: "Paste it in ‘Settings’ → 🔑" }];
  await db.runbook.create({
    data: { tokenId: token.id, generateSteps: steps, replaceSteps: steps, verifySteps: [], rollbackSteps: [] },
  });
  const run = await db.rotationRun.create({
    data: { tokenId: token.id, activeTokenId: token.id, kind: "rotation", steps, startedById: owner.id },
  });
  await db.runStepCheck.create({ data: { runId: run.id, stepIndex: 0, checkedById: owner.id } });
  await db.reminderDelivery.create({
    data: {
      tokenId: token.id,
      kind: "expiry",
      dueOn: new Date(`${isoDay(daysFromNow(10))}T00:00:00Z`),
      step: "14",
      recipientId: owner.id,
      status: "sent",
      sentAt: new Date(),
    },
  });
  for (let i = 0; i < 3; i++) {
    await db.auditEvent.create({
      data: {
        actorId: owner.id,
        action: "token.updated",
        recordType: "token",
        recordId: token.id,
        before: { n: i },
        after: { n: i + 1, big: 9007199254740993 },
      },
    });
  }
  const sessionToken = `session-${owner.id}`;
  await db.session.create({ data: { sessionToken, userId: owner.id, expires: daysFromNow(30) } });
  return { owner, sessionToken, calendarKey: owner.calendarKey! };
}

describe("backup and restore", () => {
  test("backup, delete the data, restore: every table identical; a session and a feed address still work", async () => {
    const { owner, sessionToken, calendarKey } = await seedEveryKindOfRow();
    const before = await checksumsOf(databaseUrl());
    expect(before.audit_events.rows).toBeGreaterThanOrEqual(3);
    const file = path.join(folder, "everything.backup");
    const secrets = { authSecret: "a-generated-secret-of-the-data-folder", encryptionKey: process.env.ENCRYPTION_KEY! };
    await writeBackup(databaseUrl(), file, secrets);
    // The channel's address is in the backup only encrypted.
    expect(gunzipSync(readFileSync(file)).toString("utf8")).not.toContain("backupSecretPath42");

    await deleteAllData();
    expect(Object.keys(await checksumsOf(databaseUrl()))).toEqual([]);

    const restored = await restoreBackup(databaseUrl(), file);
    expect(restored.secrets).toEqual(secrets);
    expect(await checksumsOf(databaseUrl())).toEqual(before);

    const session = await PrismaAdapter(db).getSessionAndUser!(sessionToken);
    expect(session?.user.id).toBe(owner.id);
    expect(await readCalendarFeed("person", calendarKey)).toContain("HubSpot reporting");
    expect(openSecret((await db.notificationChannel.findFirstOrThrow()).urlEncrypted)).toBe(slackUrl);

    // the sequence behind audit ids goes on after the restored rows
    const next = await db.auditEvent.create({ data: { action: "after.restore" } });
    expect(next.id).toBeGreaterThan(BigInt(before.audit_events.rows));
  }, 120_000);

  test("refuses to overwrite a database that holds data, unless forced", async () => {
    await createPerson();
    const file = path.join(folder, "refusal.backup");
    await writeBackup(databaseUrl(), file, null);
    const before = await checksumsOf(databaseUrl());
    await expect(restoreBackup(databaseUrl(), file)).rejects.toThrow(RestoreError);
    await expect(restoreBackup(databaseUrl(), file)).rejects.toThrow(/already holds data .*add --force/);
    expect(await checksumsOf(databaseUrl())).toEqual(before);

    await createPerson({ name: "Added after the backup" });
    await db.$disconnect();
    await restoreBackup(databaseUrl(), file, { force: true });
    expect(await checksumsOf(databaseUrl())).toEqual(before);
  }, 120_000);
});
