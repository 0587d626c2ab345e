import type pg from "pg";

/** `columns`: those a restore writes (not generated from others). */
export type TableInfo = { name: string; keyColumns: string[]; dependsOn: string[]; columns: string[] };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The application's tables (schema public), each with its primary key and the tables it refers to.
 * Not `data_version`: the page cache's counter is no data; its migration makes it again on restore.
 */
export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{
    name: string;
    key_columns: string[] | null;
    depends_on: string[] | null;
    columns: string[];
  }>(`
    SELECT c.relname::text AS name,
      (SELECT array_agg(a.attname::text ORDER BY k.ord)
         FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE i.indrelid = c.oid AND i.indisprimary) AS key_columns,
      (SELECT array_agg(DISTINCT r.relname::text)
         FROM pg_constraint f JOIN pg_class r ON r.oid = f.confrelid
        WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid) AS depends_on,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'data_version'
    ORDER BY c.relname`);
  return rows.map((row) => ({
    name: row.name,
    keyColumns: row.key_columns ?? [],
    dependsOn: row.depends_on ?? [],
    columns: row.columns,
  }));
}

/** Tables ordered so that every table comes after the tables it refers to. */
export function inDependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (table: TableInfo) => {
    if (done.has(table.name)) return;
    if (visiting.has(table.name))
      throw new Error(`The tables refer to each other in a circle (through ${table.name}).`);
    visiting.add(table.name);
    for (const name of table.dependsOn) {
      const dependency = byName.get(name);
      if (dependency) visit(dependency);
    }
    visiting.delete(table.name);
    done.add(table.name);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

/** Each row as PostgreSQL's own JSON text, in primary-key order: exact for every column type. */
export function rowsQuery(table: TableInfo) {
  return `SELECT row_to_json(t)::text AS row FROM ${quote(table.name)} t ORDER BY ${keyOrder(table)}`;
}

const keyOrder = (table: TableInfo) =>
  table.keyColumns.length > 0
    ? table.keyColumns.map((column) => `t.${quote(column)}`).join(", ")
    : "row_to_json(t)::text";

export type TableChecksums = Record<string, { rows: number; md5: string }>;

/** A checksum of every table's rows in key order: equal checksums mean equal contents. */
export async function tableChecksums(client: pg.ClientBase): Promise<TableChecksums> {
  const result: TableChecksums = {};
  for (const table of await listTables(client)) {
    const { rows } = await client.query<{ rows: string; md5: string }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(row_to_json(t)::text, E'\\n' ORDER BY ${keyOrder(table)}), '')) AS md5
         FROM ${quote(table.name)} t`,
    );
    result[table.name] = { rows: Number(rows[0].rows), md5: rows[0].md5 };
  }
  return result;
}

export { quote as quoteIdentifier };
