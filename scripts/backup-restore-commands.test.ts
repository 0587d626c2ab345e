// `npm run backup` and `npm run restore` with the built-in database, as a person runs them:
// backup, delete the data folder, restore, and every table and the secrets are back.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { tableChecksums } from "@/lib/backup/table-snapshot";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import { clusterFolder, startEmbeddedPostgres } from "./support/embedded-postgres";
import { ensureLocalSecrets } from "./support/local-secrets";
import { reactServerCondition } from "./support/react-server-condition";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
const folder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-commands-"));
chmodSync(folder, 0o755);
const dataDir = path.join(folder, "data");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function command(script: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", DATA_DIR: dataDir };
    const child = spawn(process.execPath, [tsx, reactServerCondition, script, ...args], { cwd: root, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Runs `work` against the data folder's built-in database, then stops it. */
async function withBuiltInDatabase<T>(work: (client: pg.Client) => Promise<T>) {
  const database = await startEmbeddedPostgres({
    directory: clusterFolder(dataDir).directory,
    password: ensureLocalSecrets(dataDir).databasePassword,
    database: "tokenbook",
    persistent: true,
  });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url);
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
    await database.stop();
  }
}

test("backup, delete the data folder, restore: the same tables and the same secrets", async () => {
  const before = await withBuiltInDatabase(async (client) => {
    await client.query(
      `INSERT INTO users (id, name, email, role, updated_at) VALUES ('u1', 'Ada Admin', 'ada@example.test', 'admin', now())`,
    );
    await client.query(
      `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ('s1', 'kept-session', 'u1', now() + interval '9 days')`,
    );
    await client.query(
      `INSERT INTO audit_events (actor_id, action) SELECT 'u1', 'step ' || n FROM generate_series(1, 50) n`,
    );
    return tableChecksums(client);
  });
  const secrets = readFileSync(path.join(dataDir, "secrets.json"), "utf8");
  const file = path.join(folder, "tokenbook.backup");

  const backup = await command("scripts/backup.ts", [file]);
  expect(backup.code, backup.output).toBe(0);
  expect(backup.output).toMatch(
    /Backup written to .*tokenbook\.backup: \d+ tables, \d+ rows, and the generated secrets of/,
  );

  const refused = await command("scripts/restore.ts", [file]);
  expect(refused.code).not.toBe(0);
  expect(refused.output).toMatch(/already holds data .*add --force/);

  rmSync(dataDir, { recursive: true, force: true });
  if (clusterFolder(dataDir).movedFrom) rmSync(clusterFolder(dataDir).directory, { recursive: true, force: true });
  expect(existsSync(path.join(dataDir, "secrets.json"))).toBe(false);

  const restore = await command("scripts/restore.ts", [file]);
  expect(restore.code, restore.output).toBe(0);
  expect(restore.output).toMatch(/every table's checksum matches the backup; its generated secrets are back in/);
  expect(readFileSync(path.join(dataDir, "secrets.json"), "utf8")).toBe(secrets);
  expect(await withBuiltInDatabase((client) => tableChecksums(client))).toEqual(before);
}, 180_000);
