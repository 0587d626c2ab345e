import pg from "pg";
import { defaultMigrationsDir, migrationNames, readMigrationList } from "./migrations-directory";
import { MigrationAdapterFactory } from "./pg-adapter-factory";
import { describeEngineError, openSchemaEngine } from "./schema-engine";

// Prisma's engine takes advisory lock 72707369 on one of its own pooled connections, so
// holding that key here would deadlock it: this lock guards the whole run instead.
const migrationRunLockKey = "7270736901";

// Applying migrations needs only the provider from a schema, not the app's models.
const providerOnlySchema: [string, string] = ["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n'];

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

async function migrationRows(client: pg.Client): Promise<MigrationRow[]> {
  try {
    const { rows } = await client.query<MigrationRow>(
      "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
    );
    return rows;
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return [];
    throw error;
  }
}

async function failedMigrationName(client: pg.Client): Promise<string | undefined> {
  return (await migrationRows(client)).find((row) => row.finished_at === null && row.rolled_back_at === null)
    ?.migration_name;
}

async function pendingIn(client: pg.Client, migrationsDir: string): Promise<string[]> {
  const [names, rows] = await Promise.all([migrationNames(migrationsDir), migrationRows(client)]);
  const finished = new Set(
    rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name),
  );
  return names.filter((name) => !finished.has(name));
}

/** Names of the migrations in `migrationsDir` that the database has not applied yet. */
export async function pendingMigrations(
  databaseUrl: string,
  migrationsDir = defaultMigrationsDir(),
): Promise<string[]> {
  return withClient(databaseUrl, (client) => pendingIn(client, migrationsDir));
}

async function applyWithEngine(databaseUrl: string, migrationsDir: string): Promise<string[]> {
  const factory = new MigrationAdapterFactory(databaseUrl);
  try {
    const engine = await openSchemaEngine(factory, [providerOnlySchema]);
    try {
      const migrationsList = await readMigrationList(migrationsDir);
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      });
      return appliedMigrationNames;
    } finally {
      engine.free();
    }
  } finally {
    await factory.close();
  }
}

/**
 * The equivalent of `prisma migrate deploy`: applies the pending migrations in order with
 * Prisma's own engine, which records them in `_prisma_migrations` exactly as the CLI does.
 * Each migration runs in one transaction, so a failing one leaves no partial changes.
 */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir = defaultMigrationsDir(),
): Promise<{ applied: string[] }> {
  if ((await pendingMigrations(databaseUrl, migrationsDir)).length === 0) return { applied: [] };

  return withClient(databaseUrl, async (lockClient) => {
    // Released when withClient closes this connection, whatever happens below.
    await lockClient.query(`SELECT pg_advisory_lock(${migrationRunLockKey})`);
    const failedBefore = await failedMigrationName(lockClient);
    if (failedBefore !== undefined) {
      throw new Error(
        `Migration ${failedBefore} failed earlier, so no migrations are applied until it is fixed in the database and marked rolled back in _prisma_migrations.`,
      );
    }
    if ((await pendingIn(lockClient, migrationsDir)).length === 0) return { applied: [] };
    try {
      return { applied: await applyWithEngine(databaseUrl, migrationsDir) };
    } catch (error) {
      const failed = await failedMigrationName(lockClient);
      const what =
        failed === undefined ? "Applying migrations failed" : `Migration ${failed} failed and was rolled back`;
      throw new Error(`${what}: ${describeEngineError(error)}.`, { cause: error });
    }
  });
}
