import { readFileSync } from "node:fs";
import path from "node:path";
import { clusterFolder, startEmbeddedPostgres } from "./embedded-postgres";

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The port of the built-in PostgreSQL when it is running (Tokenbook started), else undefined. */
export function runningBuiltInPort(directory: string): number | undefined {
  try {
    const lines = readFileSync(path.join(directory, "postmaster.pid"), "utf8").split("\n");
    return isAlive(Number(lines[0])) ? Number(lines[3]) : undefined;
  } catch {
    return undefined;
  }
}

const urlOf = (password: string, port: number) =>
  `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/tokenbook`;

/**
 * The built-in database of a data folder: the running server's when Tokenbook runs, otherwise the
 * server started just for this command (and stopped by `stop`).
 */
export async function openBuiltInDatabase(dataDir: string, password: string) {
  const { directory } = clusterFolder(dataDir);
  const port = runningBuiltInPort(directory);
  if (port) return { url: urlOf(password, port), running: true, stop: async () => {} };
  const database = await startEmbeddedPostgres({ directory, password, database: "tokenbook", persistent: true });
  return { url: database.url, running: false, stop: database.stop };
}
