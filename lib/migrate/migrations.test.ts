import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, withServerClient } from "@/testing/test-database-server";
import { applyMigrations, pendingMigrations } from "./apply-migrations";
import { diffMigrationsToSchema } from "./diff-schema";
import { defaultMigrationsDir, migrationLockFile, migrationNames } from "./migrations-directory";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
const createdDatabases: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = `tokenbook_migrate_test_${randomBytes(6).toString("hex")}`;
  createdDatabases.push(name);
  return createDatabase(adminUrl, name, "template0");
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const shadowDatabaseCount = () =>
  withServerClient(adminUrl, async (client) =>
    Number(
      (await client.query("SELECT count(*) FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'")).rows[0]
        .count,
    ),
  );

afterAll(async () => {
  for (const name of createdDatabases) await dropDatabase(adminUrl, name);
});

describe("migrations", () => {
  it("agree with prisma/schema.prisma, without leaving a shadow database behind", async () => {
    const shadowsBefore = await shadowDatabaseCount();
    expect(await diffMigrationsToSchema(adminUrl)).toBe("");
    expect(await shadowDatabaseCount()).toBe(shadowsBefore);
  });

  it("apply to an empty database with Prisma's history rows, and only once", async () => {
    const databaseUrl = await freshDatabase();
    const names = await migrationNames(defaultMigrationsDir());
    expect(names.length).toBeGreaterThan(0);

    expect(await pendingMigrations(databaseUrl)).toEqual(names);
    expect(await applyMigrations(databaseUrl)).toEqual({ applied: names });

    const [users] = await query<{ table: string | null }>(databaseUrl, "SELECT to_regclass('users')::text AS table");
    expect(users!.table).toBe("users");
    const rows = await query<Record<string, unknown>>(
      databaseUrl,
      "SELECT * FROM _prisma_migrations ORDER BY migration_name",
    );
    const checksums = await Promise.all(
      names.map(async (name) =>
        createHash("sha256")
          .update(await readFile(path.join(defaultMigrationsDir(), name, "migration.sql")))
          .digest("hex"),
      ),
    );
    expect(rows).toEqual(
      names.map((name, index) => ({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        checksum: checksums[index],
        finished_at: expect.any(Date),
        migration_name: name,
        logs: null,
        rolled_back_at: null,
        started_at: expect.any(Date),
        applied_steps_count: 1,
      })),
    );

    expect(await applyMigrations(databaseUrl)).toEqual({ applied: [] });
    expect(await pendingMigrations(databaseUrl)).toEqual([]);
  });

  it("apply once when two processes start at the same time", async () => {
    const databaseUrl = await freshDatabase();
    const names = await migrationNames(defaultMigrationsDir());

    const results = await Promise.all([applyMigrations(databaseUrl), applyMigrations(databaseUrl)]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    const rows = await query<{ migration_name: string }>(databaseUrl, "SELECT migration_name FROM _prisma_migrations");
    expect(rows.map((row) => row.migration_name).sort()).toEqual(names);
  });

  it("roll back a failing migration whole and refuse to continue past it", async () => {
    const databaseUrl = await freshDatabase();
    const migrationsDir = await mkdtemp(path.join(os.tmpdir(), "tokenbook-migrations-"));
    try {
      await cp(path.join(defaultMigrationsDir(), migrationLockFile), path.join(migrationsDir, migrationLockFile));
      const writeMigration = async (name: string, sql: string) => {
        await mkdir(path.join(migrationsDir, name));
        await writeFile(path.join(migrationsDir, name, "migration.sql"), sql);
      };
      // Semicolons inside quotes and $$ bodies must not split the script.
      await writeMigration(
        "20000101000000_works",
        `CREATE TABLE "kept" ("note" TEXT DEFAULT 'a;b');
CREATE FUNCTION kept_note() RETURNS TEXT LANGUAGE sql AS $$ SELECT 'c;d'; $$;`,
      );
      await writeMigration(
        "20000102000000_fails",
        `CREATE TABLE "half" ("id" INTEGER);
INSERT INTO "half" VALUES (1);
SELECT 1 / 0;`,
      );

      await expect(applyMigrations(databaseUrl, migrationsDir)).rejects.toThrow(
        "Migration 20000102000000_fails failed and was rolled back: division by zero.",
      );

      const [tables] = await query<{ kept: string | null; half: string | null }>(
        databaseUrl,
        "SELECT to_regclass('kept')::text AS kept, to_regclass('half')::text AS half",
      );
      expect(tables).toEqual({ kept: "kept", half: null });
      const [note] = await query<{ note: string }>(databaseUrl, "SELECT kept_note() AS note");
      expect(note!.note).toBe("c;d");
      expect(await pendingMigrations(databaseUrl, migrationsDir)).toEqual(["20000102000000_fails"]);
      await expect(applyMigrations(databaseUrl, migrationsDir)).rejects.toThrow(
        "Migration 20000102000000_fails failed earlier, so no migrations are applied until it is fixed in the database and marked rolled back in _prisma_migrations.",
      );
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });
});
