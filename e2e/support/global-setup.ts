import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { appRoleName, grantAppRole } from "@/lib/migrate/app-role";
import { applyMigrations } from "@/lib/migrate/apply-migrations";
import {
  databaseUrl as urlOf,
  dropDatabase,
  startTestDatabaseServer,
  withServerClient,
} from "@/testing/test-database-server";
import { nextEnv, webServerArgs } from "@/scripts/support/next-bin";
import { startMailCatcher } from "@/testing/mail-catcher";
import { startOidcProvider } from "./oidc-provider";
import { ssoAccounts, ssoClient } from "./sso-accounts";

const database = "tokenbook_e2e";

/** A production web server on its own database, for the whole run. */
export default async function globalSetup() {
  const port = process.env.E2E_PORT!;
  const appUrl = `http://localhost:${port}`;
  const dbServer = await startTestDatabaseServer();
  await dropDatabase(dbServer.serverUrl, database);
  await withServerClient(dbServer.serverUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  const databaseUrl = urlOf(dbServer.serverUrl, database);
  await applyMigrations(databaseUrl);
  // Specs sweep at whatever hour they run and expect the step of the day their tokens were made for, so
  // reminders here start at midnight UTC; the default 09:00 local hour is shown by tests that set their clock.
  await withServerClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO settings (key, value, updated_at) VALUES ('organisation.time', '{"timeZone":"UTC","reminderHour":0}', now())`,
    ),
  );
  // The app runs as it does in production: as its own role, which may only add to the audit log.
  const appDatabaseUrl = await grantAppRole(databaseUrl, { name: appRoleName, password: "tokenbook-e2e-app" });

  const mail = await startMailCatcher();
  const sso = await startOidcProvider({
    ...ssoClient,
    redirectUri: `${appUrl}/api/auth/callback/oidc`,
    accounts: ssoAccounts,
  });
  process.env.MAIL_CATCHER_URL = mail.apiUrl;
  process.env.MAIL_CATCHER_SMTP_URL = mail.smtpUrl; // for more app instances started by a spec
  process.env.E2E_BASE_URL = appUrl;
  process.env.DATABASE_URL = databaseUrl; // for lib/db in the test workers (fixtures, factories)
  process.env.E2E_DATABASE_SERVER_URL = dbServer.serverUrl;
  process.env.E2E_APP_DATABASE_URL = appDatabaseUrl; // for more app instances and job queue clients

  const server = spawn(process.execPath, webServerArgs({ port }), {
    stdio: ["ignore", "inherit", "inherit"],
    env: nextEnv({
      DATABASE_URL: appDatabaseUrl,
      SMTP_URL: mail.smtpUrl,
      APP_URL: appUrl,
      PORT: port,
      AUTH_SECRET: "e2e-secret-that-is-long-enough-for-auth-js",
      ENCRYPTION_KEY: "e2e-encryption-key-that-is-long-enough-for-aes",
      // e2e/channels.spec.ts posts to a receiver on loopback.
      WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true",
      OIDC_ISSUER: sso.issuer,
      OIDC_CLIENT_ID: ssoClient.clientId,
      OIDC_CLIENT_SECRET: ssoClient.clientSecret,
      OIDC_NAME: "Company SSO",
      // The test runner stands where an office's proxy would: specs give each test its own client
      // address in X-Forwarded-For. e2e/sign-in-limits.spec.ts also runs a server without it.
      TRUSTED_PROXIES: "127.0.0.1, ::1",
      // Low enough that e2e/api-v1.spec.ts reaches it with one key in a few seconds.
      API_REQUESTS_PER_MINUTE: "120",
    }),
  });
  await waitForHealth(appUrl);

  return async () => {
    server.kill("SIGTERM");
    await mail.stop();
    await sso.stop();
    await dropDatabase(dbServer.serverUrl, database).catch(() => undefined);
    await dbServer.stop();
  };
}

async function waitForHealth(appUrl: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(`${appUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`The app did not become healthy at ${appUrl}`);
}
