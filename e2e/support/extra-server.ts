import { type ChildProcess, spawn } from "node:child_process";
import { nextEnv, webServerArgs } from "@/scripts/support/next-bin";
import { findFreePort } from "@/scripts/support/free-port";

export type ExtraServer = { url: string; stop: () => Promise<void> };

/**
 * A second web server on the run's database and mail catcher, with settings of its own, at
 * `http://<host>:<port>` (its APP_URL).
 */
export async function startExtraServer(
  settings: Record<string, string | undefined>,
  { host = "localhost" }: { host?: string } = {},
): Promise<ExtraServer> {
  const port = await findFreePort();
  const url = `http://${host}:${port}`;
  const env: NodeJS.ProcessEnv = nextEnv({
    DATABASE_URL: process.env.E2E_APP_DATABASE_URL!,
    SMTP_URL: process.env.MAIL_CATCHER_SMTP_URL!,
    APP_URL: url,
    PORT: String(port),
    AUTH_SECRET: "e2e-secret-that-is-long-enough-for-auth-js",
    ENCRYPTION_KEY: "e2e-encryption-key-that-is-long-enough-for-aes",
  });
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const server: ChildProcess = spawn(process.execPath, webServerArgs({ port }), {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; ; attempt++) {
    if ((await fetch(`${url}/api/health`).catch(() => null))?.ok) break;
    if (attempt > 300 || server.exitCode !== null) throw new Error("The extra server did not start.");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    },
  };
}
