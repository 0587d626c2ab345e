import { defineConfig, devices } from "@playwright/test";

// Workers inherit the environment, so they all see the port chosen here once.
// Below Linux's range for port 0 and outgoing connections (32768–60999), so no other server or database
// connection started before the app can take its port.
process.env.E2E_PORT ??= String(20000 + Math.floor(Math.random() * 12000));
const baseURL = `http://localhost:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  // Specs import server code (factories, lib/db): this maps its "server-only" marker to an empty module.
  tsconfig: "./testing/tsconfig.playwright.json",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
