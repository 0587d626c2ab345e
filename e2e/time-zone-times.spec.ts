import { withServerClient } from "@/testing/test-database-server";
import { startExtraServer } from "./support/extra-server";
import { expect, test } from "./support/fixtures";
import { createOwnDatabase } from "./support/own-database";

const suffix = () => Math.random().toString(36).slice(2, 7);

// An organisation in California, on a database of its own so the run's other specs keep their UTC clock.
test("times in the audit log, the token's history and the Outbox show in the organisation's zone with its name; dates stay dates", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { url, drop } = await createOwnDatabase("tokenbook_zone");
  const sessionToken = `zone-${suffix()}${suffix()}`;
  // 17:05 UTC on 20 Nov is 09:05 in Los Angeles; the token expires on the calendar date 12 Dec.
  const at = "2026-11-20T17:05:00Z";
  await withServerClient(url, async (client) => {
    await client.query(
      `INSERT INTO users (id, name, email, role, updated_at) VALUES ('zone-admin', 'Ada Admin', 'ada@example.test', 'admin', now())`,
    );
    await client.query(
      `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ('zone-session', $1, 'zone-admin', now() + interval '1 day')`,
      [sessionToken],
    );
    await client.query(
      `INSERT INTO settings (key, value, updated_at) VALUES ('organisation.time', '{"timeZone":"America/Los_Angeles","reminderHour":9}', now())`,
    );
    await client.query(
      `INSERT INTO tokens (id, name, name_key, service, service_key, purpose, environment, secret_location, owner_id, expires_on, created_at, updated_at)
       VALUES ('zone-token', 'HubSpot reporting key', 'hubspot reporting key', 'HubSpot', 'hubspot', 'Reports', 'production', '1Password', 'zone-admin', '2026-12-12', $1, $1)`,
      [at],
    );
    await client.query(
      `INSERT INTO audit_events (at, actor_id, action, record_type, record_id, after) VALUES ($1, 'zone-admin', 'token.created', 'token', 'zone-token', '{"name":"HubSpot reporting key"}')`,
      [at],
    );
    await client.query(
      `INSERT INTO outbox_messages (id, message_id, kind, "to", subject, text, html, status, created_at, updated_at) VALUES ('zone-mail', '<zone@example.test>', 'reminder', 'ada@example.test', 'HubSpot reporting key expires soon', 'text', 'html', 'sent', $1, $1)`,
      [at],
    );
  });
  const server = await startExtraServer({ DATABASE_URL: url });
  const context = await browser.newContext({ baseURL: server.url });
  try {
    await context.addCookies([
      {
        name: "authjs.session-token",
        value: sessionToken,
        domain: "localhost",
        path: "/",
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
    const page = await context.newPage();
    const local = "20 Nov 2026, 09:05 America/Los_Angeles";

    await page.goto("/audit");
    await expect(page.getByRole("row").filter({ hasText: "HubSpot reporting key" }).first()).toContainText(local);

    await page.goto("/tokens/zone-token");
    const history = page.getByRole("heading", { name: "History", exact: true }).locator("..");
    await expect(history).toContainText(local);
    // A date-only value is a calendar date, the same everywhere: no time, no zone.
    await expect(page.getByRole("main")).toContainText("12 Dec 2026");
    await expect(page.getByRole("main")).not.toContainText("17:05");

    await page.goto("/outbox");
    await expect(page.getByRole("row").filter({ hasText: "HubSpot reporting key expires soon" })).toContainText(local);
  } finally {
    await context.close();
    await server.stop();
    await drop();
  }
});
