// `npm start` (and `npm run dev` with --dev): the built-in database when DATABASE_URL is unset,
// migrations, a build when needed, then the web server. Needs nothing but Node.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { appRoleName, grantAppRole } from "../lib/migrate/app-role";
import { applyMigrations } from "../lib/migrate/apply-migrations";
import { buildIfNeeded } from "./support/build-if-needed";
import { clusterFolder, startEmbeddedPostgres, type EmbeddedDatabase } from "./support/embedded-postgres";
import { ensureLocalSecrets } from "./support/local-secrets";
import { prepareFirstAdmin } from "./support/prepare-first-admin";
import { nextEnv, webServerArgs } from "./support/next-bin";
import { stopStaleProcess } from "./support/stale-process";
import { assertPortFree, assertWritableDataDir } from "./support/startup-checks";
import { bundleWebServer } from "./support/web-server-bundle";
import { describeStartupFailure } from "./support/startup-error";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[tokenbook] ${line}`);
let databaseUrlInUse: string | undefined;

async function main() {
  const env = readEnv();
  assertWritableDataDir(env.DATA_DIR);
  const secrets = ensureLocalSecrets(env.DATA_DIR);
  const serverPidFile = path.join(env.DATA_DIR, "server.pid");
  await stopStaleProcess(serverPidFile, "next", "SIGTERM");
  await assertPortFree(env.PORT);

  let database: EmbeddedDatabase | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const { directory, movedFrom } = clusterFolder(env.DATA_DIR);
    if (movedFrom) {
      log(
        `The 'postgres' user cannot enter ${movedFrom} (a private folder), so the built-in database keeps its files in ${directory} instead (see "Running as root" in the README).`,
      );
    }
    log(`Starting the built-in PostgreSQL in ${directory}…`);
    database = await startEmbeddedPostgres({
      directory,
      password: secrets.databasePassword,
      database: "tokenbook",
      persistent: true,
    });
    databaseUrl = database.url;
  }
  const ownerUrl = database ? databaseUrl : (env.MIGRATION_DATABASE_URL ?? databaseUrl);
  databaseUrlInUse = ownerUrl;

  const { applied } = await applyMigrations(ownerUrl);
  if (applied.length > 0) log(`Applied ${applied.length} database update(s): ${applied.join(", ")}`);
  await prepareFirstAdmin(ownerUrl, env.ADMIN_EMAIL, log);
  if (database) {
    databaseUrl = await grantAppRole(ownerUrl, { name: appRoleName, password: secrets.appDatabasePassword });
  } else if (env.MIGRATION_DATABASE_URL) {
    await grantAppRole(ownerUrl, { name: decodeURIComponent(new URL(databaseUrl).username) });
  } else {
    log(
      'DATABASE_URL also owns the database, so only its triggers keep the audit log append-only; set MIGRATION_DATABASE_URL as well (README, "Two database roles").',
    );
  }
  databaseUrlInUse = databaseUrl;
  if (dev) bundleWebServer();
  else buildIfNeeded(log);

  const server = spawn(process.execPath, webServerArgs({ port: env.PORT, dev }), {
    stdio: "inherit",
    env: nextEnv({
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: env.AUTH_SECRET ?? secrets.authSecret,
      ENCRYPTION_KEY: env.ENCRYPTION_KEY ?? secrets.encryptionKey,
      PORT: String(env.PORT),
    }),
  });
  writeFileSync(serverPidFile, String(server.pid));
  log(`Tokenbook is running at ${env.APP_URL}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await database?.stop();
    rmSync(serverPidFile, { force: true });
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

const fail = (error: unknown) => {
  console.error(`[tokenbook] ${describeStartupFailure(error, databaseUrlInUse ?? process.env.DATABASE_URL)}`);
  process.exit(1);
};
process.on("uncaughtException", fail);
main().catch(fail);
