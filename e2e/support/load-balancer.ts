// Two web server instances on the run's database behind a real HAProxy, all on loopback.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort } from "@/scripts/support/free-port";
import { nextEnv, webServerArgs } from "@/scripts/support/next-bin";

export const haproxyBin = "/usr/sbin/haproxy";

export type Instance = { name: string; port: number; process: ChildProcess };

export type BalancedInstances = {
  url: string;
  instances: Instance[];
  /** kill -9 of one instance, as a crash would. */
  kill(name: string): Promise<void>;
  stop(): Promise<void>;
};

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(100)) {
    if (await condition().catch(() => false)) return;
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

const healthy = async (url: string) => (await fetch(`${url}/api/health`)).ok;

function haproxyConfig(frontendPort: number, instances: Instance[]) {
  return [
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  timeout check 10s", // a busy test machine answers health checks slowly; a dead server is refused at once
    "  retries 3",
    "  option redispatch 1",
    "  option forwardfor",
    "frontend web",
    `  bind 127.0.0.1:${frontendPort}`,
    "  default_backend apps",
    "backend apps",
    "  balance roundrobin",
    "  option httpchk GET /api/health",
    // 503 means "answering, but reminders need an admin" (a busy test run can make a sweep late): the
    // instance still serves pages, so only a server that does not answer leaves the pool.
    "  http-check expect rstatus ^(200|503)$",
    "  http-response set-header X-Served-By %[srv_name]",
    ...instances.map(
      (instance) => `  server ${instance.name} 127.0.0.1:${instance.port} check inter 500ms fall 2 rise 1`,
    ),
    "",
  ].join("\n");
}

/** `settings`: more environment for every instance, e.g. TRUSTED_PROXIES naming the balancer. */
export async function startBalancedInstances(
  names = ["a", "b"],
  settings: Record<string, string> = {},
): Promise<BalancedInstances> {
  const frontendPort = await findFreePort();
  const url = `http://localhost:${frontendPort}`;
  const instances: Instance[] = [];
  for (const name of names) {
    const port = await findFreePort();
    const child = spawn(process.execPath, webServerArgs({ port }), {
      stdio: ["ignore", "inherit", "inherit"],
      env: nextEnv({
        DATABASE_URL: process.env.E2E_APP_DATABASE_URL!,
        SMTP_URL: process.env.MAIL_CATCHER_SMTP_URL!,
        APP_URL: url,
        PORT: String(port),
        AUTH_SECRET: "e2e-secret-that-is-long-enough-for-auth-js",
        ENCRYPTION_KEY: "e2e-encryption-key-that-is-long-enough-for-aes",
        ...settings,
      }),
    });
    instances.push({ name, port, process: child });
  }
  await Promise.all(
    instances.map((instance) =>
      waitUntil(() => healthy(`http://127.0.0.1:${instance.port}`), `instance ${instance.name}`),
    ),
  );

  const folder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-haproxy-"));
  const config = path.join(folder, "haproxy.cfg");
  writeFileSync(config, haproxyConfig(frontendPort, instances));
  const balancer = spawn(haproxyBin, ["-db", "-f", config], { stdio: ["ignore", "ignore", "inherit"] });
  // Both servers must have passed their health checks: a request to each answers through the balancer.
  await waitUntil(async () => {
    const served = new Set<string>();
    for (let i = 0; i < 4; i++) served.add((await fetch(`${url}/api/health`)).headers.get("x-served-by") ?? "");
    return names.every((name) => served.has(name));
  }, "HAProxy to reach both instances");

  const exited = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url,
    instances,
    kill: async (name) => {
      const instance = instances.find((candidate) => candidate.name === name)!;
      instance.process.kill("SIGKILL");
      await exited(instance.process);
    },
    stop: async () => {
      for (const child of [balancer, ...instances.map((instance) => instance.process)]) child.kill("SIGTERM");
      await Promise.all([balancer, ...instances.map((instance) => instance.process)].map(exited));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
