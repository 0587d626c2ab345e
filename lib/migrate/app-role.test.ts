// The app's own database role, connected as for real: it keeps the app working and cannot change
// or remove what the audit log holds.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withServerClient } from "@/testing/test-database-server";
import { grantAppRole } from "./app-role";

const ownerUrl = process.env.DATABASE_URL!;
// Roles belong to the whole server, which other test files share: a name of this file's own.
const role = {
  name: `tokenbook_app_${randomBytes(4).toString("hex")}`,
  password: randomBytes(12).toString("base64url"),
};
let app: pg.Client;

async function refusal(sql: string) {
  return app.query(sql).then(
    () => "allowed",
    (error: { code?: string }) => error.code,
  );
}

beforeAll(async () => {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  // A job queue schema left by an earlier version, owned by the owner role, as on an upgraded install.
  await owner.query("CREATE SCHEMA pgboss; CREATE TABLE pgboss.leftover (id serial PRIMARY KEY)");
  await owner.query(
    `INSERT INTO users (id, email, name, role, active, created_at, updated_at) VALUES ('u-audited', 'audited@example.test', 'Audited', 'admin', true, now(), now());
     INSERT INTO audit_events (actor_id, action, record_type, record_id) VALUES ('u-audited', 'token.created', 'token', 't-1')`,
  );
  await owner.end();
  const appUrl = await grantAppRole(ownerUrl, role);
  expect(new URL(appUrl).username).toBe(role.name);
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
});

afterAll(async () => {
  await app.end();
  await withServerClient(ownerUrl, async (client) => {
    await client.query(`DROP SCHEMA pgboss CASCADE; DROP OWNED BY ${role.name}; DROP ROLE ${role.name}`);
  });
});

describe("the app's database role", () => {
  it("adds to and reads the audit log, and can do nothing else to it", async () => {
    await app.query(
      `INSERT INTO audit_events (actor_id, action, record_type, record_id) VALUES ('u-audited', 'token.updated', 'token', 't-1')`,
    );
    expect((await app.query("SELECT action FROM audit_events ORDER BY id")).rows.map((row) => row.action)).toEqual([
      "token.created",
      "token.updated",
    ]);

    const insufficientPrivilege = "42501";
    expect(await refusal("UPDATE audit_events SET action = 'token.deleted'")).toBe(insufficientPrivilege);
    expect(await refusal("DELETE FROM audit_events")).toBe(insufficientPrivilege);
    expect(await refusal("TRUNCATE audit_events")).toBe(insufficientPrivilege);
    expect(await refusal("ALTER TABLE audit_events DISABLE TRIGGER ALL")).toBe(insufficientPrivilege);
    expect(await refusal("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")).toBe(
      insufficientPrivilege,
    );
    expect(await refusal("DROP TABLE audit_events")).toBe(insufficientPrivilege);
    expect(await refusal("DELETE FROM _prisma_migrations")).toBe(insufficientPrivilege);
    expect((await app.query("SELECT count(*)::int AS n FROM audit_events")).rows[0].n).toBe(2);
  });

  it("reads and changes the app's other tables", async () => {
    expect(await refusal("UPDATE users SET name = 'Renamed' WHERE id = 'u-audited'")).toBe("allowed");
    expect(await refusal("SELECT count(*) FROM _prisma_migrations")).toBe("allowed");
    expect(
      await refusal(
        "INSERT INTO users (id, email, name, role, active, created_at, updated_at) VALUES ('u-2', 'two@example.test', 'Two', 'viewer', true, now(), now())",
      ),
    ).toBe("allowed");
    expect(await refusal("DELETE FROM users WHERE id = 'u-2'")).toBe("allowed");
  });

  it("owns the job queue's schema, old tables included, so the queue runs as it", async () => {
    expect(await refusal("INSERT INTO pgboss.leftover DEFAULT VALUES")).toBe("allowed");
    expect(await refusal("ALTER TABLE pgboss.leftover ADD COLUMN note text")).toBe("allowed");
    const boss = new PgBoss({ connectionString: appConnectionString(), schema: "pgboss" });
    boss.on("error", () => undefined);
    await boss.start();
    await boss.createQueue("app-role-check");
    expect(await boss.send("app-role-check", { ok: true })).toEqual(expect.any(String));
    await boss.stop({ graceful: false });
  });

  it("is set up again at every start without complaint", async () => {
    await expect(grantAppRole(ownerUrl, role)).resolves.toEqual(expect.stringContaining(role.name));
  });
});

function appConnectionString() {
  const url = new URL(ownerUrl);
  url.username = role.name;
  url.password = role.password;
  return url.toString();
}
