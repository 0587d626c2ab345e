import { readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/**
 * A `kill -9` of the start script leaves its children running. Stops the process named in a
 * pid file (first line) when it is still running and its command line contains `expected`.
 */
export async function stopStaleProcess(pidFile: string, expected: string, signal: NodeJS.Signals = "SIGINT") {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !commandLine(pid).includes(expected)) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, signal);
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 20_000) process.kill(pid, "SIGKILL");
    await sleep(100);
  }
  rmSync(pidFile, { force: true });
  return true;
}
