import pg from "pg";
import { backupFormat, backupFormatVersion, tableLine, writeBackupFile } from "./backup-file";
import { listTables, rowsQuery, tableChecksums } from "./table-snapshot";

const batchSize = 2000;

/**
 * Writes every application table (schema public, migration history included) to one file, from
 * one consistent snapshot, with the data folder's generated secrets. Jobs waiting in the queue
 * (schema pgboss) are left out: they are re-planned from the tables after a restore.
 */
export async function writeBackup(databaseUrl: string, file: string, secrets: Record<string, string> | null) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await listTables(client);
    const checksums = await tableChecksums(client);
    const migrations = checksums._prisma_migrations
      ? (
          await client.query<{ migration_name: string }>(
            "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
          )
        ).rows.map((row) => row.migration_name)
      : [];
    async function* body() {
      for (const table of tables) {
        yield tableLine(table.name);
        await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR ${rowsQuery(table)}`);
        for (;;) {
          const { rows } = await client.query<{ row: string }>(`FETCH ${batchSize} FROM backup_rows`);
          for (const { row } of rows) yield row;
          if (rows.length < batchSize) break;
        }
        await client.query("CLOSE backup_rows");
      }
    }
    const header = {
      format: backupFormat,
      version: backupFormatVersion,
      createdAt: new Date().toISOString(),
      migrations,
      secrets,
      checksums,
    } as const;
    await writeBackupFile(file, header, body);
    await client.query("COMMIT");
    return {
      tables: Object.keys(checksums).length,
      rows: Object.values(checksums).reduce((sum, table) => sum + table.rows, 0),
      checksums,
    };
  } finally {
    await client.end();
  }
}
