import { chmodSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import { startEmbeddedPostgres } from "@/scripts/support/embedded-postgres";
import { assertLocalDatabase } from "./assert-local-database";

export const templateDatabase = "tokenbook_test_template";

export type TestDatabaseServer = { serverUrl: string; stop: () => Promise<void> };

/**
 * The PostgreSQL server the tests use: TEST_DATABASE_URL (a server on loopback where databases
 * may be created) when given, otherwise a throwaway embedded one.
 */
export async function startTestDatabaseServer(given = process.env.TEST_DATABASE_URL): Promise<TestDatabaseServer> {
  if (given) {
    assertLocalDatabase(given);
    return { serverUrl: given, stop: async () => {} };
  }
  const parent = mkdtempSync(path.join(os.tmpdir(), "tokenbook-test-"));
  chmodSync(parent, 0o755); // as root, the server runs as 'postgres' and must reach its folder
  const directory = path.join(parent, "postgres");
  const server = await startEmbeddedPostgres({
    directory,
    password: "tokenbook-test",
    database: "postgres",
    persistent: false,
  });
  return { serverUrl: server.serverUrl, stop: server.stop };
}

export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withServerClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>) {
  assertLocalDatabase(serverUrl);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database with every migration applied, cloned by each test file (CREATE DATABASE … TEMPLATE). */
export async function prepareTemplateDatabase(serverUrl: string) {
  await withServerClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${templateDatabase}`);
  });
  await applyMigrations(databaseUrl(serverUrl, templateDatabase));
}

export async function createDatabase(serverUrl: string, name: string, template = templateDatabase) {
  await withServerClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE ${template}`));
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string) {
  await withServerClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
