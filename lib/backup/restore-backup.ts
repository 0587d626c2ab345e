import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import { defaultMigrationsDir, migrationLockFile, migrationNames } from "@/lib/migrate/migrations-directory";
import { readBackupFile } from "./backup-file";
import { inDependencyOrder, listTables, quoteIdentifier as quote, tableChecksums } from "./table-snapshot";

/** Refused or impossible restores, worded for people. */
export class RestoreError extends Error {}

const batchSize = 1000;

async function describeContents(client: pg.Client): Promise<string | null> {
  const tables = (await listTables(client)).filter((table) => table.name !== "_prisma_migrations");
  let rows = 0;
  for (const table of tables)
    rows += Number((await client.query(`SELECT count(*) AS n FROM ${quote(table.name)}`)).rows[0].n);
  if (rows === 0) return null;
  const people = tables.some((table) => table.name === "users")
    ? Number((await client.query("SELECT count(*) AS n FROM users")).rows[0].n)
    : 0;
  return `${rows} rows, ${people} people`;
}

/** Applies exactly the backup's migrations, so its rows fit the tables they came from. */
async function applyMigrationsOfBackup(databaseUrl: string, names: string[], migrationsDir: string) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-restore-"));
  try {
    cpSync(path.join(migrationsDir, migrationLockFile), path.join(folder, migrationLockFile));
    for (const name of names) cpSync(path.join(migrationsDir, name), path.join(folder, name), { recursive: true });
    await applyMigrations(databaseUrl, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table_name: string; column_name: string; sequence: string }>(`
    SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
    FROM information_schema.columns
    WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`);
  for (const row of rows) {
    const column = quote(row.column_name);
    await client.query(
      `SELECT setval($1, coalesce(max(${column}), 1), max(${column}) IS NOT NULL) FROM ${quote(row.table_name)}`,
      [row.sequence],
    );
  }
}

/**
 * Restores a backup into a database that holds no data (or, with `force`, replaces what it holds),
 * checks every table's checksum against the backup's before committing, then applies any newer
 * migrations of this version. Returns the generated secrets kept in the backup.
 */
export async function restoreBackup(
  databaseUrl: string,
  file: string,
  options: { force?: boolean; migrationsDir?: string } = {},
) {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const { header, tables } = await readBackupFile(file);
  const known = await migrationNames(migrationsDir);
  const unknown = header.migrations.find((name, index) => known[index] !== name);
  if (unknown)
    throw new RestoreError(
      `This backup comes from a newer Tokenbook (database update ${unknown} is unknown here). Fix: restore it with that version or a newer one.`,
    );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const contents = await describeContents(client);
    if (contents && !options.force) {
      throw new RestoreError(
        `The database already holds data (${contents}); nothing was changed. Fix: restore into an empty data folder or database, or add --force to replace everything in it.`,
      );
    }
    await client.query(
      "DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public",
    );
    await applyMigrationsOfBackup(databaseUrl, header.migrations, migrationsDir);

    await client.query("BEGIN");
    const byName = new Map((await listTables(client)).map((table) => [table.name, table]));
    const loaded = new Map<string, string[]>();
    for await (const { table, rows } of tables()) {
      if (!byName.has(table))
        throw new RestoreError(
          `The backup holds a table this database lacks (${table}); the file does not match its migrations.`,
        );
      loaded.set(table, rows);
    }
    await client.query("DELETE FROM _prisma_migrations");
    for (const table of inDependencyOrder([...byName.values()])) {
      const rows = loaded.get(table.name) ?? [];
      const columns = table.columns.map(quote).join(", ");
      for (let start = 0; start < rows.length; start += batchSize) {
        await client.query(
          `INSERT INTO ${quote(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
           SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table.name)}, $1::json)`,
          [`[${rows.slice(start, start + batchSize).join(",")}]`],
        );
      }
    }
    await resetSequences(client);
    const checksums = await tableChecksums(client);
    const differing = Object.keys({ ...checksums, ...header.checksums }).filter(
      (name) =>
        checksums[name]?.md5 !== header.checksums[name]?.md5 || checksums[name]?.rows !== header.checksums[name]?.rows,
    );
    if (differing.length > 0)
      throw new RestoreError(
        `The restored rows differ from the backup in ${differing.join(", ")}; nothing was restored.`,
      );
    await client.query("COMMIT");
    const { applied } = await applyMigrations(databaseUrl, migrationsDir);
    return { secrets: header.secrets, checksums, createdAt: header.createdAt, upgradedWith: applied };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
