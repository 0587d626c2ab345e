import { readFile } from "node:fs/promises";
import path from "node:path";
import { defaultMigrationsDir, migrationLockContent, readMigrationList } from "./migrations-directory";
import { MigrationAdapterFactory } from "./pg-adapter-factory";
import { describeEngineError, openSchemaEngine } from "./schema-engine";

const defaultSchemaPath = (): string => path.join(process.cwd(), "prisma", "schema.prisma");

/**
 * The SQL that takes a database from the state of all migrations in `migrationsDir` to
 * `schemaPath` ('' when they agree), as `prisma migrate dev` would generate it. The
 * migrations are replayed on a temporary shadow database created on the server of
 * `adminDatabaseUrl`, which must allow CREATE DATABASE.
 */
export async function diffMigrationsToSchema(
  adminDatabaseUrl: string,
  migrationsDir = defaultMigrationsDir(),
  schemaPath = defaultSchemaPath(),
): Promise<string> {
  const schema = await readFile(schemaPath, "utf8");
  const migrations = await readMigrationList(migrationsDir);
  // Before the first migration there is no lock file yet; the engine still needs the provider.
  migrations.lockfile.content ??= migrationLockContent;
  const factory = new MigrationAdapterFactory(adminDatabaseUrl);
  try {
    const engine = await openSchemaEngine(factory, [[schemaPath, schema]]);
    try {
      const { exitCode, stdout } = await engine.diff({
        from: { tag: "migrations", ...migrations },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      // Exit code 2 means "there are changes"; otherwise stdout holds only an "empty migration" comment.
      return exitCode === 2 ? (stdout ?? "") : "";
    } finally {
      engine.free();
    }
  } catch (error) {
    throw new Error(`Could not compare the migrations with the schema: ${describeEngineError(error)}.`, {
      cause: error,
    });
  } finally {
    await factory.close();
  }
}
