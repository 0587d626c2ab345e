// `npm run worker`: the scheduled jobs (reminders, mail retries, digests) without the web server.
// `npm start` runs them inside the server as well; any number of either may share one database.
import { EnvError, readEnv } from "../lib/env";
import { appRoleName } from "../lib/migrate/app-role";
import { runningBuiltInPort } from "./support/built-in-database";
import { clusterFolder } from "./support/embedded-postgres";
import { ensureLocalSecrets } from "./support/local-secrets";

const log = (line: string) => console.log(`[tokenbook worker] ${line}`);

/** The built-in database's address while `npm start` runs it, as `npm run db:url` finds it. */
function builtInDatabaseUrl(dataDir: string, password: string): string {
  try {
    const port = runningBuiltInPort(clusterFolder(dataDir).directory);
    if (!port) throw new Error("not running");
    return `postgresql://${appRoleName}:${encodeURIComponent(password)}@127.0.0.1:${port}/tokenbook`;
  } catch {
    throw new Error(
      "DATABASE_URL is not set and the built-in database is not running: set DATABASE_URL, or start Tokenbook with `npm start` first.",
    );
  }
}

async function main() {
  const env = readEnv();
  const secrets = ensureLocalSecrets(env.DATA_DIR);
  // Links in reminders are signed with the same secret as the web server's, which `npm start` also takes from here.
  process.env.AUTH_SECRET ??= secrets.authSecret;
  process.env.ENCRYPTION_KEY ??= secrets.encryptionKey;
  process.env.DATABASE_URL ??= builtInDatabaseUrl(env.DATA_DIR, secrets.appDatabasePassword);
  const { startJobRunner } = await import("../lib/jobs/start-job-runner");
  const runner = await startJobRunner({ databaseUrl: process.env.DATABASE_URL, log });
  log("Running reminders and mail retries. Stop with Ctrl+C.");
  const stop = async () => {
    await runner.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
