import pg from "pg";

/** The role of the built-in database's app connection. */
export const appRoleName = "tokenbook_app";

export type AppRole = {
  /** The PostgreSQL role the web server and workers connect as. */
  name: string;
  /**
   * Set as the role's password, creating the role when missing (the built-in database); omit for a role an admin made.
   */
  password?: string;
};

/**
 * Run as the owner of the database (the one that applies migrations), after migrations: gives the
 * app's role what the app needs and no more. It may read and write every table of the app but only
 * add to and read the audit log (no UPDATE, DELETE or TRUNCATE; not its owner, so it cannot disable
 * the append-only triggers), read the migration history, and own the job queue's schema (pg-boss
 * creates it when missing, and tables there as queues appear). Safe to run at every start.
 * Errors: the database's own (e.g. the owner may not create roles), unchanged.
 * @returns `ownerUrl` with the app role's name (and password, when given) in place of the owner's.
 */
export async function grantAppRole(ownerUrl: string, role: AppRole): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const name = client.escapeIdentifier(role.name);
    if (role.password !== undefined) await ensureLoginRole(client, role.name, role.password);
    const { rows } = await client.query<{ database: string }>("SELECT current_database() AS database");
    await client.query(`
      GRANT CONNECT, CREATE ON DATABASE ${client.escapeIdentifier(rows[0].database)} TO ${name};
      GRANT USAGE ON SCHEMA public TO ${name};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name};
      GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${name};
      REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${name};
      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON _prisma_migrations FROM ${name};
      CREATE SCHEMA IF NOT EXISTS pgboss;`);
    await handOverSchema(client, "pgboss", role.name);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role.name);
  if (role.password !== undefined) url.password = encodeURIComponent(role.password);
  return url.toString();
}

async function ensureLoginRole(client: pg.Client, name: string, password: string) {
  const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name]);
  if (exists.rowCount === 0) {
    try {
      await client.query(`CREATE ROLE ${client.escapeIdentifier(name)} LOGIN`);
    } catch (error) {
      // Two instances starting at once: the other one created it.
      if ((error as { code?: string }).code !== "42710") throw error;
    }
  }
  await client.query(
    `ALTER ROLE ${client.escapeIdentifier(name)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
  );
}

/** Makes `role` the owner of a schema and of every table, sequence, view, function and type in it. */
async function handOverSchema(client: pg.Client, schema: string, role: string) {
  await client.query(`
    DO $$
    DECLARE
      target text := ${client.escapeLiteral(role)};
      item record;
    BEGIN
      EXECUTE format('ALTER SCHEMA %I OWNER TO %I', ${client.escapeLiteral(schema)}, target);
      FOR item IN
        SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ${client.escapeLiteral(schema)} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND pg_get_userbyid(c.relowner) <> target
          -- a sequence that belongs to a column follows its table
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
      LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO %I',
          CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
          ${client.escapeLiteral(schema)}, item.relname, target);
      END LOOP;
      FOR item IN
        SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = ${client.escapeLiteral(schema)} AND pg_get_userbyid(p.proowner) <> target
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', CASE item.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, item.signature, target);
      END LOOP;
      FOR item IN
        SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = ${client.escapeLiteral(schema)} AND t.typtype IN ('e', 'd', 'c') AND pg_get_userbyid(t.typowner) <> target
          AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)
      LOOP
        EXECUTE format('ALTER TYPE %I.%I OWNER TO %I', ${client.escapeLiteral(schema)}, item.typname, target);
      END LOOP;
    END $$;`);
}
