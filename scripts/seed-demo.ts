// `npm run seed:demo`: fills an empty Tokenbook with realistic demo data (teams, people, ~80 tokens,
// runbooks for most of them and one rotation under way).
//   npm run seed:demo -- --tokens 10000   many tokens, written in bulk, for benchmarks
// Uses DATABASE_URL when set, otherwise the built-in database of a running `npm start`.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EnvError, readEnv } from "../lib/env";
import { runningBuiltInPort } from "./support/built-in-database";
import { clusterFolder } from "./support/embedded-postgres";
import type { LocalSecrets } from "./support/local-secrets";

class Refusal extends Error {}

const usage = "Usage: npm run seed:demo [-- --tokens N]";

function parseArguments(args: string[]): { tokens?: number } {
  let tokens: number | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--help" || arg === "-h") {
      console.log(`${usage}\nFills an empty Tokenbook with demo data; --tokens N makes N tokens instead of about 80.`);
      process.exit(0);
    }
    const value =
      arg === "--tokens" ? args[++index] : arg.startsWith("--tokens=") ? arg.slice("--tokens=".length) : undefined;
    if (value === undefined) throw new Refusal(`Unknown option “${arg}”. ${usage}`);
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000) {
      throw new Refusal(`--tokens needs a whole number between 1 and 1000000, like --tokens 10000.`);
    }
    tokens = Number(value);
  }
  return { tokens };
}

/** DATABASE_URL, or the address of the built-in database while `npm start` runs (as `npm run db:url` finds it). */
function findDatabaseUrl(): { url: string; builtIn: boolean } {
  const env = readEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, builtIn: false };
  const secretsFile = path.join(env.DATA_DIR, "secrets.json");
  const port = runningBuiltInPort(clusterFolder(env.DATA_DIR).directory);
  if (!port || !existsSync(secretsFile)) throw new Refusal(notRunning);
  const { databasePassword } = JSON.parse(readFileSync(secretsFile, "utf8")) as LocalSecrets;
  return {
    url: `postgresql://postgres:${encodeURIComponent(databasePassword)}@127.0.0.1:${port}/tokenbook`,
    builtIn: true,
  };
}

const notRunning =
  "The built-in database is not running: start Tokenbook with `npm start` first (or set DATABASE_URL), then run this again.";

/** Checks the database answers and has Tokenbook's tables, so Prisma's errors never reach the person. */
async function checkDatabase({ url, builtIn }: { url: string; builtIn: boolean }) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  const where = (() => {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  })();
  try {
    await client.connect();
  } catch (error) {
    throw new Refusal(
      builtIn
        ? notRunning
        : `Could not reach the database in DATABASE_URL (${where}): ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  try {
    const { rows } = await client.query<{ tokens: string | null }>(
      "SELECT to_regclass('public.tokens')::text AS tokens",
    );
    if (!rows[0]?.tokens)
      throw new Refusal(
        `The database ${where} has no Tokenbook tables yet: start Tokenbook once with \`npm start\` (with the same DATABASE_URL), which sets them up.`,
      );
  } finally {
    await client.end();
  }
}

const statusWords: Record<string, string> = {
  expired: "expired",
  expiring_soon: "expiring soon",
  compromised: "compromised",
  rotation_overdue: "rotation overdue",
  no_backup: "no backup",
  no_expiry: "no expiry date",
  healthy: "healthy",
  revoked: "revoked",
  retired: "retired",
};

/**
 * Prisma's pg adapter runs some reads of one interactive transaction side by side, and pg warns
 * about that once per process; the warning means nothing to the person running this script.
 */
function hidePgConcurrencyWarning() {
  const printers = process.listeners("warning");
  process.removeAllListeners("warning");
  process.on("warning", (warning) => {
    if (warning.name === "DeprecationWarning" && warning.message.includes("client is already executing a query"))
      return;
    for (const print of printers) print(warning);
  });
}

async function main() {
  hidePgConcurrencyWarning();
  const { tokens } = parseArguments(process.argv.slice(2));
  const database = findDatabaseUrl();
  await checkDatabase(database);
  process.env.DATABASE_URL = database.url; // read by lib/db, which is imported only now
  const { seedDemo, DemoDataRefused } = await import("../prisma/seed/seed-demo");
  const { db } = await import("../lib/db");
  try {
    console.log(tokens ? `Adding demo data with ${tokens} tokens…` : "Adding demo data…");
    const summary = await seedDemo({ tokens }).catch((error: unknown) => {
      throw error instanceof DemoDataRefused ? new Refusal(error.message) : error;
    });
    const width = Math.max(...Object.values(statusWords).map((words) => words.length));
    console.log(
      `Done in ${summary.seconds.toFixed(1)} s: ${summary.people} people, ${summary.teams} teams, ${summary.tokens} tokens.`,
    );
    console.log("Tokens by status:");
    for (const [status, count] of Object.entries(summary.byStatus)) {
      const extra = status === "expiring_soon" ? ` (${summary.expiringWithin7Days} within 7 days)` : "";
      console.log(`  ${statusWords[status].padEnd(width)}  ${String(count).padStart(6)}${extra}`);
    }
    console.log(`Owned by a deactivated person: ${summary.ownedByDeactivated}. Without a backup: ${summary.noBackup}.`);
    if (summary.runbooks > 0)
      console.log(
        `Runbooks: ${summary.runbooks} tokens have one.${summary.runUnderWay ? ` A rotation of “${summary.runUnderWay}” is under way.` : ""}`,
      );
    if (summary.busiestOwner)
      console.log(`Owns the most: ${summary.busiestOwner.name} (${summary.busiestOwner.tokens} tokens).`);
    console.log(
      summary.mode === "bulk"
        ? `History: ${summary.auditRows} audit rows — one per team and person, and one summary row (“demo.seeded”) for all ${summary.tokens} tokens instead of one per token.`
        : `History: ${summary.auditRows} audit rows, one for every team, person and token created (by “demo data”).`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof Refusal || error instanceof EnvError
      ? error.message
      : `Demo data could not be added: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
