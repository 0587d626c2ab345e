import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { reactServerCondition } from "@/scripts/support/react-server-condition";

const script = path.resolve("testing/reminders/worker-at-time.ts");

/** Starts the job runner in a child process acting at `now`; resolves once it is running. */
export function spawnWorker(now: Date, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [reactServerCondition, "--import", "tsx", script, "--now", now.toISOString()], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
    process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`);
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`The worker stopped (exit ${code}) before it was ready: ${errors}`)));
  });
}

/** Stops a worker and waits for it to be gone. */
export function stopWorker(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
