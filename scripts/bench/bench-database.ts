import { randomBytes } from "node:crypto";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import { createDatabase, dropDatabase, startTestDatabaseServer } from "@/testing/test-database-server";

export type BenchDatabase = { url: string; stop: () => Promise<void> };

/**
 * A fresh, migrated database for one bench run: on the loopback server in BENCH_DATABASE_URL when
 * given (a server where databases may be created), otherwise on a throwaway embedded PostgreSQL.
 */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const server = await startTestDatabaseServer(process.env.BENCH_DATABASE_URL);
  const name = `tokenbook_bench_${randomBytes(4).toString("hex")}`;
  const url = await createDatabase(server.serverUrl, name, "template0");
  await applyMigrations(url);
  return {
    url,
    stop: async () => {
      await dropDatabase(server.serverUrl, name).catch(() => undefined);
      await server.stop();
    },
  };
}
