// The floor for the token list: a bare Node http server that runs the very statements Prisma sends
// for that page, through pg with the same pool size, and answers JSON. No React, no auth, no Next.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import type { ListPageSql } from "./capture-list-sql";

/** Prisma's relation query names its ids as `IN ($1,…,$n) OFFSET $n+1`; rebuilt for this page's ids. */
const withIds = (sql: string, count: number) =>
  sql.replace(/IN \(\$1(,\$\d+)*\) OFFSET \$\d+/, () => `IN (${Array.from({ length: count }, (_, i) => `$${i + 1}`).join(",")}) OFFSET $${count + 1}`);

export async function startRawBaseline(databaseUrl: string, statements: ListPageSql) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const listPage = async () => {
    const [count, page] = await Promise.all([
      pool.query(statements.count.sql, statements.count.params),
      pool.query(statements.page.sql, statements.page.params),
    ]);
    const related = await Promise.all(
      statements.relations.map(async ({ sql, foreignKey }) => {
        const ids = page.rows.map((row) => row[foreignKey] as string | null).filter((id): id is string => id !== null);
        if (ids.length === 0) return new Map<string, unknown>();
        const { rows } = await pool.query(withIds(sql, ids.length), [...ids, 0]);
        return new Map(rows.map((row) => [row.id as string, row]));
      }),
    );
    const rows = page.rows.map((row) => ({
      ...row,
      owner: related[0].get(row.owner_id),
      backup: row.backup_id ? related[1].get(row.backup_id) : null,
      team: row.team_id ? related[2].get(row.team_id) : null,
    }));
    return { total: Number(count.rows[0]._count$_all), rows };
  };

  const server = http.createServer((_request, response) => {
    listPage().then(
      (body) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)),
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
