// An installation made with the first release, given real rows at each release as its tables
// appeared, upgraded by this version's own migration code: every row is still there, unchanged.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { listTables } from "@/lib/backup/table-snapshot";
import { createDatabase, dropDatabase } from "@/testing/test-database-server";
import { daysFromNow, isoDay } from "@/testing/dates";
import { applyMigrations, pendingMigrations } from "./apply-migrations";
import { defaultMigrationsDir, migrationLockFile, migrationNames } from "./migrations-directory";

const serverUrl = process.env.TEST_ADMIN_DATABASE_URL!;
const name = `tokenbook_upgrade_${process.pid}`;
const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  await dropDatabase(serverUrl, name);
});

/** The migrations folder as the release that shipped the first `count` migrations had it. */
function releaseWith(names: string[], count: number) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "tokenbook-release-"));
  folders.push(folder);
  cpSync(path.join(defaultMigrationsDir(), migrationLockFile), path.join(folder, migrationLockFile));
  for (const migration of names.slice(0, count))
    cpSync(path.join(defaultMigrationsDir(), migration), path.join(folder, migration), { recursive: true });
  return folder;
}

const expiry = isoDay(daysFromNow(12));
const issued = isoDay(daysFromNow(-80));
const steps = JSON.stringify([
  { text: "Open the console, press **New key**" },
  { text: "Paste it in “Settings” → 🔑; check the report" },
]);

// Rows an installation gets while on the release that created each table (keyed by that migration).
const rowsAddedAt: Record<string, string[]> = {
  "20261123043257_init": [
    `INSERT INTO teams (id, name) VALUES ('team-1', 'Marketing')`,
    `INSERT INTO users (id, name, email, role, team_id, updated_at) VALUES
       ('user-ada', 'Ada Lovelace', 'ada@example.test', 'admin', 'team-1', now()),
       ('user-finn', 'Finn O''Brien', 'finn@example.test', 'editor', 'team-1', now()),
       ('user-zoe', 'Zoë "Z" Ng', 'zoe@example.test', 'viewer', NULL, now())`,
    `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ('session-1', 'session-token-1', 'user-finn', now() + interval '20 days')`,
    `INSERT INTO audit_events (actor_id, actor_email, action, record_type, record_id, before, after)
       SELECT 'user-ada', 'ada@example.test', 'person.invited', 'user', 'user-' || n, NULL, jsonb_build_object('n', n) FROM generate_series(1, 5) n`,
    `INSERT INTO outbox_messages (id, message_id, kind, "to", subject, text, html, status, updated_at)
       VALUES ('mail-1', '<m1@tokenbook>', 'sign-in', 'finn@example.test', 'Your sign-in link', 'Hello', '<p>Hello</p>', 'kept', now())`,
  ],
  "20261123045415_tokens": [
    `INSERT INTO tokens (id, name, name_key, service, service_key, purpose, environment, secret_location, owner_id, backup_id, team_id, issued_on, expires_on, rotate_every_days, criticality, updated_at)
       VALUES ('token-1', 'HubSpot reporting', 'hubspot reporting', 'HubSpot', 'hubspot', 'Weekly campaign numbers', 'production', '1Password › Marketing', 'user-finn', 'user-ada', 'team-1', '${issued}', '${expiry}', 90, 'high', now()),
              ('token-2', 'Bank feed', 'bank feed', 'Bank', 'bank', 'Finance sync', 'production', 'Vault', 'user-ada', NULL, NULL, NULL, NULL, NULL, 'critical', now())`,
    `INSERT INTO token_dependents (id, token_id, name, position) VALUES ('dep-1', 'token-1', 'Weekly report', 0), ('dep-2', 'token-1', 'CRM sync', 1)`,
    `INSERT INTO tags (id, name) VALUES ('tag-1', 'marketing')`,
    `INSERT INTO "_TagToToken" ("A", "B") VALUES ('tag-1', 'token-1')`,
    `INSERT INTO audit_events (actor_id, action, record_type, record_id, after) VALUES ('user-finn', 'token.created', 'token', 'token-1', '{"name": "HubSpot reporting"}')`,
  ],
  "20261123051554_runbooks_reminders_calendars": [
    `INSERT INTO runbooks (id, token_id, generate_steps, replace_steps, verify_steps, rollback_steps, updated_at) VALUES ('runbook-1', 'token-1', '${steps}', '${steps}', '[]', '[]', now())`,
    `INSERT INTO rotation_runs (id, token_id, active_token_id, kind, steps, started_by_id) VALUES ('run-1', 'token-1', 'token-1', 'rotation', '${steps}', 'user-finn')`,
    `INSERT INTO rotation_runs (id, token_id, kind, status, steps, started_by_id, finished_by_id, finished_at, new_expires_on, sign_off_note)
       VALUES ('run-0', 'token-2', 'practice', 'completed', '${steps}', 'user-ada', 'user-ada', now(), '${expiry}', 'Report refreshed')`,
    `INSERT INTO run_step_checks (id, run_id, step_index, checked_by_id) VALUES ('check-1', 'run-1', 0, 'user-finn')`,
    `INSERT INTO reminder_deliveries (id, token_id, kind, due_on, step, recipient_id, status, sent_at)
       VALUES ('reminder-1', 'token-1', 'expiry', '${expiry}', '14', 'user-finn', 'sent', now()), ('reminder-2', 'token-1', 'expiry', '${expiry}', '14', 'user-ada', 'failed', NULL)`,
    `INSERT INTO acknowledgements (id, token_id, due_on, person_id) VALUES ('ack-1', 'token-1', '${expiry}', 'user-finn')`,
    `INSERT INTO audit_events (actor_id, action, record_type, record_id) VALUES ('user-finn', 'run.started', 'token', 'token-1')`,
  ],
};

type Rows = Map<string, Record<string, unknown>>;

/** Every row of every table, by table and primary key, as PostgreSQL's JSON. */
async function everyRow(client: pg.Client): Promise<Map<string, Rows>> {
  const result = new Map<string, Rows>();
  for (const table of await listTables(client)) {
    if (table.name === "_prisma_migrations") continue;
    const { rows } = await client.query<{ row: Record<string, unknown> }>(
      `SELECT row_to_json(t) AS row FROM "${table.name}" t`,
    );
    result.set(
      table.name,
      new Map(rows.map(({ row }) => [table.keyColumns.map((column) => String(row[column])).join("|"), row])),
    );
  }
  return result;
}

test("an installation of the first release, with rows added along the way, upgrades with every row intact", async () => {
  const databaseUrl = await createDatabase(serverUrl, name, "template0");
  const names = await migrationNames(defaultMigrationsDir());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const expected = new Map<string, Rows>();
  try {
    for (let count = 1; count < names.length; count++) {
      await applyMigrations(databaseUrl, releaseWith(names, count));
      for (const sql of rowsAddedAt[names[count - 1]] ?? []) await client.query(sql);
      for (const [table, rows] of await everyRow(client)) {
        const known = expected.get(table) ?? new Map();
        for (const [key, row] of rows) if (!known.has(key)) known.set(key, row); // as first written
        expected.set(table, known);
      }
    }
    expect(await pendingMigrations(databaseUrl)).not.toHaveLength(0);

    await applyMigrations(databaseUrl); // the upgrade: this version's migrations, by its own code
    expect(await pendingMigrations(databaseUrl)).toEqual([]);

    const after = await everyRow(client);
    const counted = [...expected].map(([table, rows]) => [table, rows.size] as const).filter(([, size]) => size > 0);
    expect(counted.length).toBeGreaterThanOrEqual(14);
    for (const [table, rows] of expected) {
      expect(after.get(table)?.size, table).toBe(rows.size);
      for (const [key, row] of rows) expect(after.get(table)?.get(key), `${table} ${key}`).toMatchObject(row);
    }
  } finally {
    await client.end();
  }
}, 120_000);
