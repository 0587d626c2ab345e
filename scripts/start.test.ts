// The start script's failures, each seen from outside as a person would: one plain line naming
// cause and fix, a non-zero exit code, and no stack trace.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { postgresAccount } from "./support/embedded-postgres";
import { findFreePort } from "./support/free-port";
import { reactServerCondition } from "./support/react-server-condition";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
const isRoot = process.getuid?.() === 0;
const folders: string[] = [];
const running = new Set<ChildProcess>();

function openFolder() {
  const folder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-start-"));
  chmodSync(folder, 0o755);
  folders.push(folder);
  return folder;
}

type Outcome = { code: number | null; output: string; lines: string[] };

function start(env: Record<string, string>, options: { uid?: number; gid?: number } = {}): Promise<Outcome> {
  const settings = { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", ADMIN_EMAIL: "", ...env };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, reactServerCondition, "scripts/start.ts"], {
      cwd: root,
      env: settings,
      ...options,
    });
    running.add(child);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on(
      "close",
      (code) =>
        running.delete(child) && resolve({ code, output, lines: output.split("\n").filter((line) => line.trim()) }),
    );
  });
}

function expectOnePlainFailure(outcome: Outcome, pattern: RegExp) {
  expect(outcome.code, outcome.output).not.toBe(0);
  const errors = outcome.lines.filter((line) => !/^\[tokenbook\] (Starting|The 'postgres' user)/.test(line));
  expect(errors, outcome.output).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
  expect(errors[0]).toMatch(/Fix: /);
  expect(outcome.output).not.toMatch(/^\s+at /m);
}

afterAll(() => {
  for (const child of running) child.kill("SIGTERM"); // a start that got further than it should
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("start-up failures are one plain line and a non-zero exit", () => {
  test("the port is already taken", async () => {
    const holder = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => holder.listen(port, resolve));
    try {
      const outcome = await start({ DATA_DIR: path.join(openFolder(), "data"), PORT: String(port) });
      expectOnePlainFailure(outcome, new RegExp(`Port ${port} is already in use`));
    } finally {
      holder.close();
    }
  }, 60_000);

  test("DATABASE_URL points at a port where nothing listens", async () => {
    const closed = await findFreePort();
    const outcome = await start({
      DATA_DIR: path.join(openFolder(), "data"),
      PORT: String(await findFreePort()),
      DATABASE_URL: `postgresql://tokenbook:secret@127.0.0.1:${closed}/tokenbook`,
    });
    expectOnePlainFailure(
      outcome,
      new RegExp(`Cannot reach the database at 127\\.0\\.0\\.1:${closed}.*connection refused`),
    );
  }, 60_000);

  test("DATABASE_URL has a wrong password, or names a database that does not exist", async () => {
    const server = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
    const wrongPassword = new URL(server);
    wrongPassword.password = "not-the-password";
    const missingDatabase = new URL(server);
    missingDatabase.pathname = "/no_such_tokenbook_database";
    const [refused, missing] = await Promise.all(
      [wrongPassword, missingDatabase].map(async (url) =>
        start({
          DATA_DIR: path.join(openFolder(), "data"),
          PORT: String(await findFreePort()),
          DATABASE_URL: url.toString(),
        }),
      ),
    );
    expectOnePlainFailure(
      refused,
      /The database at 127\.0\.0\.1:\d+ refused the user name or password .*Fix: correct the user and password in DATABASE_URL/,
    );
    expectOnePlainFailure(missing, /The database at 127\.0\.0\.1:\d+ has no such database .*Fix: create it/);
  }, 60_000);

  test("the data folder is read-only", async () => {
    const dataDir = path.join(openFolder(), "data");
    mkdirSync(dataDir, { mode: 0o555 });
    chmodSync(dataDir, 0o555);
    // root may write anywhere, so the start runs as the unprivileged 'nobody' there
    const asNobody = isRoot ? { uid: 65534, gid: 65534 } : {};
    const outcome = await start({ DATA_DIR: dataDir, PORT: String(await findFreePort()), HOME: "/tmp" }, asNobody);
    expectOnePlainFailure(outcome, /The data folder .* cannot be written \(it is read-only for this user\)/);
  }, 60_000);

  test("the built-in PostgreSQL refuses its data folder", async () => {
    const dataDir = path.join(openFolder(), "data");
    const cluster = path.join(dataDir, "postgres");
    mkdirSync(dataDir);
    mkdirSync(cluster, { mode: 0o700 });
    // a data folder left by a newer PostgreSQL than the built-in one
    writeFileSync(path.join(cluster, "PG_VERSION"), "99\n");
    writeFileSync(path.join(cluster, "postgresql.conf"), "");
    const account = postgresAccount();
    if (account) chownSync(cluster, account.uid, account.gid);
    const outcome = await start({ DATA_DIR: dataDir, PORT: String(await findFreePort()) });
    expectOnePlainFailure(
      outcome,
      /The built-in database in .* refused to start: database files are incompatible with server/,
    );
  }, 60_000);
});
