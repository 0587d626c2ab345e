import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import { databaseUrl as urlOf, dropDatabase, startTestDatabaseServer, withServerClient } from "@/lib/testing/test-database-server";
import { nextBin, nextEnv } from "@/scripts/support/next-bin";

const database = "tokenbook_e2e";

/** A production server (`next start`) on its own database, for the whole run. */
export default async function globalSetup() {
  const port = process.env.E2E_PORT!;
  const appUrl = `http://localhost:${port}`;
  const dbServer = await startTestDatabaseServer();
  await dropDatabase(dbServer.serverUrl, database);
  await withServerClient(dbServer.serverUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  const databaseUrl = urlOf(dbServer.serverUrl, database);
  await applyMigrations(databaseUrl);

  const server = spawn(process.execPath, [nextBin, "start", "--port", port], {
    stdio: ["ignore", "inherit", "inherit"],
    env: nextEnv({ DATABASE_URL: databaseUrl, APP_URL: appUrl, PORT: port, AUTH_SECRET: "e2e-secret-that-is-long-enough-for-auth-js" }),
  });
  process.env.E2E_DATABASE_URL = databaseUrl;
  await waitForHealth(appUrl);

  return async () => {
    server.kill("SIGTERM");
    await dropDatabase(dbServer.serverUrl, database).catch(() => undefined);
    await dbServer.stop();
  };
}

async function waitForHealth(appUrl: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(`${appUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`The app did not become healthy at ${appUrl}`);
}
