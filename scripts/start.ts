// `npm start` (and `npm run dev` with --dev): the built-in database when DATABASE_URL is unset,
// migrations, a build when needed, then the web server. Needs nothing but Node.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EnvError, readEnv } from "../lib/env";
import { applyMigrations } from "../lib/migrate/apply-migrations";
import { buildIfNeeded } from "./support/build-if-needed";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./support/embedded-postgres";
import { ensureLocalSecrets } from "./support/local-secrets";
import { prepareFirstAdmin } from "./support/prepare-first-admin";
import { nextBin, nextEnv } from "./support/next-bin";
import { stopStaleProcess } from "./support/stale-process";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[tokenbook] ${line}`);

async function main() {
  const env = readEnv();
  mkdirSync(env.DATA_DIR, { recursive: true });
  const secrets = ensureLocalSecrets(env.DATA_DIR);
  const serverPidFile = path.join(env.DATA_DIR, "server.pid");
  await stopStaleProcess(serverPidFile, "next", "SIGTERM");

  let database: EmbeddedDatabase | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    log(`Starting the built-in PostgreSQL in ${path.join(env.DATA_DIR, "postgres")}…`);
    database = await startEmbeddedPostgres({
      directory: path.join(env.DATA_DIR, "postgres"),
      password: secrets.databasePassword,
      database: "tokenbook",
      persistent: true,
    });
    databaseUrl = database.url;
  }

  const { applied } = await applyMigrations(databaseUrl);
  if (applied.length > 0) log(`Applied ${applied.length} database update(s): ${applied.join(", ")}`);
  await prepareFirstAdmin(databaseUrl, env.ADMIN_EMAIL, log);
  if (!dev) buildIfNeeded(log);

  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "--port", String(env.PORT)], {
    stdio: "inherit",
    env: nextEnv({ DATABASE_URL: databaseUrl, AUTH_SECRET: env.AUTH_SECRET ?? secrets.authSecret, PORT: String(env.PORT) }),
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

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
