import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";

// Internals of @prisma/adapter-pg 7.10.1 (pinned) that the workarounds below hook into.
type AdapterInternals = {
  performIO(query: SqlQuery): Promise<pg.QueryResult<unknown[]>>;
  onError(error: unknown): never;
  underlyingDriver(): pg.Pool;
};

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsOfRows = new WeakMap<unknown[], number[]>();

// adapter-pg rejects PostgreSQL's internal "char" type (e.g. pg_constraint.contype), which
// the engine reads whenever it describes a non-empty database: read it as text and report
// it back to the engine as the Character column type.
function readCharColumns<T extends SqlQueryable>(queryable: T): T {
  const internals = queryable as unknown as AdapterInternals;
  const performIO = internals.performIO.bind(queryable);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = result.fields.flatMap((field, index) => (field.dataTypeID === CHAR_OID ? [index] : []));
    if (charColumns.length > 0) {
      for (const index of charColumns) result.fields[index]!.dataTypeID = TEXT_OID;
      charColumnsOfRows.set(result.rows, charColumns);
    }
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsOfRows.get(resultSet.rows) ?? [])
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

// adapter-pg splits scripts on every ";" (breaking quoted text and $$ bodies) and runs the
// pieces one by one; a migration must instead run whole, in one transaction.
function runScriptsWhole(adapter: SqlDriverAdapter): void {
  const internals = adapter as unknown as AdapterInternals;
  adapter.executeScript = async (script) => {
    const client = await internals.underlyingDriver().connect();
    try {
      await client.query("BEGIN");
      await client.query(script);
      await client.query("COMMIT");
      client.release();
    } catch (error) {
      // Destroying the connection rolls back whatever the script had done.
      client.release(true);
      internals.onError(error);
    }
  };
}

async function connectFixedAdapter(connectionString: string): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg({ connectionString }).connect();
  readCharColumns(adapter);
  runScriptsWhole(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => readCharColumns(await startTransaction(isolationLevel));
  return adapter;
}

function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Adapter factory for the schema engine, with the adapter-pg 7.10.1 bugs worked around.
 * Shadow databases are created on the server of `databaseUrl`; call `close()` when done so
 * no pool or shadow database outlives the engine call.
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly openAdapters = new Set<SqlDriverAdapter>();

  constructor(private readonly databaseUrl: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await connectFixedAdapter(this.databaseUrl));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runOnServer(this.databaseUrl, `CREATE DATABASE "${database}"`);
    // adapter-pg derives the shadow pool from its own config, where a connection string
    // overrides the database name: give the shadow pool its own URL instead.
    const adapter = await connectFixedAdapter(withDatabase(this.databaseUrl, database));
    // adapter-pg drops the database while its pool still holds connections, so the drop
    // fails and the database leaks: close the pool first, then force the drop.
    return this.track(adapter, () =>
      runOnServer(this.databaseUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.openAdapters].map((adapter) => adapter.dispose()));
  }

  private track(adapter: SqlDriverAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () =>
      (disposed ??= (async () => {
        this.openAdapters.delete(adapter);
        try {
          await dispose();
        } finally {
          await afterDispose?.();
        }
      })());
    this.openAdapters.add(adapter);
    return adapter;
  }
}
