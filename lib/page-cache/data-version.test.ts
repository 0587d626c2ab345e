import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordJobRun } from "@/lib/health/job-runs";
import { createPerson, createTokenRecord } from "@/prisma/factories";

/** Tables no cached page shows: written on every sign-in or API call, so they leave the version alone. */
const untracked = [
  "_prisma_migrations",
  "data_version",
  "sessions",
  "verification_tokens",
  "sign_in_attempts",
  "api_rate_limits",
];

let other: pg.Client;
const versionSeenByOther = async () =>
  BigInt((await other.query<{ version: string }>('SELECT "version" FROM "data_version"')).rows[0].version);

beforeAll(async () => {
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
});
afterAll(() => other.end());

describe("the data version", () => {
  it("is watched on every table but the sign-in and rate-limit ones, for rows and for TRUNCATE", async () => {
    const tables = await db.$queryRaw<{ table: string; triggers: string[] }[]>`
      SELECT c.relname AS "table", array_remove(array_agg(t.tgname::text ORDER BY t.tgname), NULL) AS triggers
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname LIKE 'bump_data_version%'
      WHERE n.nspname = current_schema() AND c.relkind = 'r' GROUP BY c.relname`;
    expect(tables.length).toBeGreaterThan(20);
    for (const { table, triggers } of tables) {
      // A new table needs both triggers in its migration (see the page_data_version migration).
      const watched = ["bump_data_version", "bump_data_version_on_truncate"];
      expect({ table, triggers }).toEqual({
        table,
        triggers: untracked.includes(table)
          ? []
          : table === "settings"
            ? [...watched, "bump_data_version_on_update"]
            : watched,
      });
    }
  });

  it("moves once per transaction, when it commits, however many rows and tables it wrote", async () => {
    const owner = await createPerson({ role: "editor" });
    const before = await versionSeenByOther();
    let inside: bigint | undefined;
    let insideOwn: bigint | undefined;
    await db.$transaction(async (tx) => {
      await tx.tag.createMany({ data: [1, 2, 3].map((n) => ({ name: `tag ${n}` })) });
      await tx.user.update({ where: { id: owner.id }, data: { name: "Renamed" } });
      inside = await versionSeenByOther();
      // Not even the writer sees it move before its commit: the counter's row is its last lock.
      insideOwn = (await tx.dataVersion.findUniqueOrThrow({ where: { id: true } })).version;
    });
    expect([inside, insideOwn]).toEqual([before, before]);
    expect(await versionSeenByOther()).toBe(before + 1n);
  });

  it("stays put when a transaction rolls back or only sign-in records change", async () => {
    const person = await createPerson();
    const before = await versionSeenByOther();
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: person.id }, data: { name: "Never saved" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await db.session.create({
      data: { sessionToken: `s-${person.id}`, userId: person.id, expires: new Date(Date.now() + 3_600_000) },
    });
    expect(await versionSeenByOther()).toBe(before);
  });

  it("stays put for a job's successful run, and moves for its failure and for any other setting", async () => {
    await recordJobRun("reminders-sweep", new Date());
    await recordJobRun("reminders-digest", new Date());
    const before = await versionSeenByOther();
    await recordJobRun("reminders-sweep", new Date());
    await recordJobRun("reminders-digest", new Date());
    expect(await versionSeenByOther()).toBe(before);
    await recordJobRun("reminders-sweep", new Date(), new Error("mail server refused"));
    expect(await versionSeenByOther()).toBe(before + 1n);
    await recordJobRun("reminders-sweep", new Date());
    expect(await versionSeenByOther()).toBe(before + 1n);
    await db.setting.upsert({
      where: { key: "time-zone-test" },
      update: { value: "Europe/Paris" },
      create: { key: "time-zone-test", value: "Europe/Oslo" },
    });
    await db.setting.update({ where: { key: "time-zone-test" }, data: { value: "Europe/Paris" } });
    expect(await versionSeenByOther()).toBe(before + 3n);
  });

  it("moves when a table is emptied", async () => {
    await createTokenRecord();
    const before = await versionSeenByOther();
    await db.$executeRaw`TRUNCATE "tags" CASCADE`;
    expect(await versionSeenByOther()).toBeGreaterThan(before);
  });
});
