import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import "./keep-exit-code";
import pg from "pg";
import { findFreePort } from "./free-port";
import { canEnter, postgresBinaryFolder, runsAsRoot, systemClusterFolder } from "./postgres-binaries";
import { describeSpawnError, lastServerComplaint, StartupError } from "./startup-error";
import { stopStaleProcess } from "./stale-process";

export type EmbeddedDatabase = { url: string; serverUrl: string; directory: string; stop: () => Promise<void> };

type Options = {
  /** Folder that holds the cluster's files. */
  directory: string;
  password: string;
  database: string;
  /** Keep the files when stopped (the app's own database) or delete them (throwaway test servers). */
  persistent: boolean;
  log?: (line: string) => void;
  /** Folder with bin/, lib/ and share/ of PostgreSQL; by default the npm package's (as root: its system copy). */
  binaries?: string;
};

type Account = { uid: number; gid: number };

/** As root, the account PostgreSQL runs as ('postgres', created when missing): it refuses to run as root. */
export function postgresAccount(): Account | undefined {
  if (!runsAsRoot()) return undefined;
  const lookup = () => {
    const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
  };
  const found = lookup();
  if (found) return found;
  spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
  const created = lookup();
  if (!created) {
    throw new StartupError(
      "PostgreSQL cannot run as root and the 'postgres' user could not be created. Fix: create it (`useradd --system --user-group postgres`), run Tokenbook as a normal user, or set DATABASE_URL.",
    );
  }
  return created;
}

/**
 * Where the built-in database keeps its files: `<DATA_DIR>/postgres`, unless Tokenbook runs as root
 * and the 'postgres' user cannot enter that folder (a clone in a private folder): then a folder of
 * its own under /var/lib/tokenbook, named after the project's path.
 */
export function clusterFolder(dataDir: string): { directory: string; movedFrom?: string } {
  const inProject = path.join(path.resolve(dataDir), "postgres");
  const account = postgresAccount();
  if (!account || canEnter(inProject, account.uid, account.gid)) return { directory: inProject };
  return { directory: systemClusterFolder(inProject), movedFrom: inProject };
}

function run(
  program: string,
  args: string[],
  account: Account | undefined,
  onOutput: (text: string) => void,
): ChildProcess {
  const child = spawn(program, args, {
    ...account,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" },
  });
  child.stdout?.on("data", (chunk: Buffer) => onOutput(chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => onOutput(chunk.toString("utf8")));
  return child;
}

async function initialise(
  binaries: string,
  directory: string,
  password: string,
  account: Account | undefined,
  log: (line: string) => void,
) {
  mkdirSync(path.dirname(directory), { recursive: true, mode: 0o755 });
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  if (account) chownSync(directory, account.uid, account.gid);
  const passwordFile = path.join(os.tmpdir(), `tokenbook-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) chownSync(passwordFile, account.uid, account.gid);
  let output = "";
  try {
    const initdb = path.join(binaries, "bin", "initdb");
    const child = run(
      initdb,
      [
        `--pgdata=${directory}`,
        "--auth=password",
        "--username=postgres",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
      ],
      account,
      (text) => ((output += text), log(text.trimEnd())),
    );
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", (error) => reject(describeSpawnError(error, initdb)));
      child.on("close", resolve);
    });
    if (code !== 0) {
      rmSync(path.join(directory, "PG_VERSION"), { force: true });
      throw new StartupError(
        `The built-in database could not be created in ${directory}: ${lastServerComplaint(output)} Fix: make that folder writable for the 'postgres' user (or the user running Tokenbook), or set DATA_DIR.`,
      );
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function startServer(
  binaries: string,
  directory: string,
  port: number,
  account: Account | undefined,
  log: (line: string) => void,
) {
  let output = "";
  const postgres = path.join(binaries, "bin", "postgres");
  const child = run(
    postgres,
    [
      "-D",
      directory,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "unix_socket_directories=",
    ],
    account,
    // only the latest output is kept: the server logs for as long as it runs
    (text) => ((output = (output + text).slice(-8000)), log(text.trimEnd())),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", () => output.includes("ready to accept connections") && resolve());
    child.stderr?.on("data", () => output.includes("ready to accept connections") && resolve());
    child.on("error", (error) => reject(describeSpawnError(error, postgres)));
    child.on("close", () => {
      const portTaken = /could not bind|could not create any TCP\/IP sockets/.test(output);
      reject(
        portTaken
          ? new PortTakenError()
          : new StartupError(
              `The built-in database in ${directory} refused to start: ${lastServerComplaint(output)} Fix: correct what PostgreSQL names, or move that folder aside and restore a backup (npm run restore).`,
            ),
      );
    });
  });
  return { child, ready };
}

/** Another program took the free port between asking for it and the server binding it. */
class PortTakenError extends StartupError {
  constructor() {
    super("The built-in database found no free port on 127.0.0.1. Fix: free some ports, or set DATABASE_URL.");
  }
}

async function startOnFreePort(
  binaries: string,
  directory: string,
  account: Account | undefined,
  log: (line: string) => void,
) {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const server = startServer(binaries, directory, port, account, log);
    try {
      await server.ready;
      return { ...server, port };
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === 3) throw error;
    }
  }
}

/** Starts a real PostgreSQL from the npm package, recovering from a server left behind by `kill -9`. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const directory = path.resolve(options.directory);
  const log = options.log ?? (() => {});
  await stopStaleProcess(path.join(directory, "postmaster.pid"), "postgres");
  const account = postgresAccount();
  const binaries = options.binaries ?? postgresBinaryFolder();
  if (!existsSync(path.join(directory, "PG_VERSION")))
    await initialise(binaries, directory, options.password, account, log);

  const { child, port } = await startOnFreePort(binaries, directory, account, log);
  const stopOnExit = () => child.kill("SIGINT");
  process.on("exit", stopOnExit);

  const stop = async () => {
    process.off("exit", stopOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      });
    }
    if (!options.persistent) rmSync(directory, { recursive: true, force: true });
  };
  const serverUrl = `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`;
  try {
    await ensureDatabase(serverUrl, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { serverUrl, url: serverUrl.replace(/\/postgres$/, `/${options.database}`), directory, stop };
}

async function ensureDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
