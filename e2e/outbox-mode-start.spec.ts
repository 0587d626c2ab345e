import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/scripts/support/free-port";
import { expect, test } from "./support/fixtures";

let server: ChildProcess | undefined;
let dataDir: string;
let log = "";

test.afterEach(async () => {
  if (server?.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    process.kill(-server.pid!, "SIGTERM"); // the whole group: npm does not pass the signal on
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test("a fresh `npm start` prints a setup link for the first admin, and with no mail server its sign-in links are in the log", async ({
  page,
}) => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "tokenbook-start-"));
  chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const appUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), APP_URL: appUrl };
  for (const name of ["DATABASE_URL", "SMTP_URL", "AUTH_SECRET", "ADMIN_EMAIL"]) delete env[name];
  server = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));

  await expect.poll(() => log, { timeout: 90_000 }).toContain(`Tokenbook is running at ${appUrl}`);
  expect(log).toContain("Starting the built-in PostgreSQL");
  await expect
    .poll(async () => (await fetch(`${appUrl}/api/health`).catch(() => null))?.status, { timeout: 30_000 })
    .toBe(200);

  const setupLink = log.match(/create the first admin: (http\S+)/)![1];
  await page.goto(setupLink);
  await page.getByLabel("Your name").fill("First Admin");
  await page.getByLabel("Your work email").fill("first.admin@example.test");
  await page.getByRole("button", { name: "Create my admin account" }).click();
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, First Admin" })).toBeVisible();
  await page.goto(setupLink);
  await expect(page.getByText("This setup link has expired or was already used.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in to Tokenbook" })).toBeVisible();

  await page.getByLabel("Work email").fill("first.admin@example.test");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect.poll(() => log).toMatch(/Sign-in link for first\.admin@example\.test .*: http\S+/);
  const link = log.match(/Sign-in link for first\.admin@example\.test .*: (http\S+)/)![1];

  await page.goto(link);
  await page.getByRole("button", { name: "Continue to Tokenbook" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, First Admin" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByText("so emails are kept here instead of being sent")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Your Tokenbook sign-in link" });
  await expect(row).toContainText("Kept (no mail server)");
  await row.getByText("Your Tokenbook sign-in link").click();
  await expect(row).toContainText("[sign-in link removed]");
});
