import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseTokenListQuery } from "@/lib/tokens/list-query";
import { defaultReminderSchedule } from "@/lib/reminders/reminder-schedule";
import { startOfUtcDay, statusClock } from "@/lib/tokens/token-status";
import { tokenListOrderBy, tokenListSelect, tokenListWhere } from "@/lib/tokens/list-tokens";

export type Statement = { sql: string; params: unknown[] };
export type ListPageSql = { count: Statement; page: Statement; relations: { sql: string; foreignKey: string }[] };

/**
 * The SQL Prisma sends for one page of the token list (the same where/select/orderBy as
 * listTokens), read from Prisma's query events: a count, the page, then one query per relation.
 */
export async function captureListPageSql(databaseUrl: string, search: Record<string, string>, now: Date): Promise<ListPageSql> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), log: [{ emit: "event", level: "query" }] });
  const seen: Statement[] = [];
  client.$on("query", (event) => seen.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  try {
    const query = parseTokenListQuery(search);
    const where = tokenListWhere(query, statusClock(startOfUtcDay(now), defaultReminderSchedule));
    await client.token.count({ where });
    await client.token.findMany({ where, select: tokenListSelect, orderBy: tokenListOrderBy(query.sort, query.dir), skip: 0, take: query.size ?? 25 });
  } finally {
    await client.$disconnect();
  }
  const [count, page, ...relations] = seen;
  // Prisma loads the relations in the order they are selected: owner, backup, team.
  const foreignKeys = ["owner_id", "backup_id", "team_id"];
  if (relations.length !== foreignKeys.length) throw new Error(`Expected ${2 + foreignKeys.length} queries for the list page, Prisma sent ${seen.length}.`);
  return { count, page, relations: relations.map((relation, index) => ({ sql: relation.sql, foreignKey: foreignKeys[index] })) };
}
