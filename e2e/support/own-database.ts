import { randomBytes } from "node:crypto";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import { databaseUrl, dropDatabase, withServerClient } from "@/testing/test-database-server";

/**
 * A migrated database of one test's own, for an extra app instance whose data or settings the run's other specs must
 * not see.
 */
export async function createOwnDatabase(prefix: string) {
  const serverUrl = process.env.E2E_DATABASE_SERVER_URL!;
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await withServerClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(serverUrl, name);
  await applyMigrations(url);
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
