import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort } from "../support/free-port";
import { nextEnv, webServerArgs } from "../support/next-bin";

export type BenchApp = { url: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * The web server as `npm start` runs it (same Node flags), on loopback only, against the bench database, with mail kept
 * in the outbox.
 */
export async function startBenchApp(databaseUrl: string): Promise<BenchApp> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  // The API limiter still counts every call; its limit is raised so the bench measures answers, not 429s.
  const server = spawn(process.execPath, webServerArgs({ port, hostname: "127.0.0.1" }), {
    stdio: ["ignore", "ignore", "inherit"],
    env: nextEnv({
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      PORT: String(port),
      AUTH_SECRET: "bench-secret-that-is-long-enough-for-auth-js",
      NODE_ENV: "production",
      API_REQUESTS_PER_MINUTE: "1000000",
    }),
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  await waitForHealth(url, server);
  return {
    url,
    process: server,
    stop: async () => {
      server.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
    },
  };
}

async function waitForHealth(url: string, server: ChildProcess) {
  // A fresh database keeps the first start busy (the reminder sweep), so allow it two minutes.
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    if (server.exitCode !== null) throw new Error(`The app stopped while starting (exit code ${server.exitCode}).`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(100);
  }
  throw new Error(`The app did not become healthy at ${url}.`);
}
