import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { formatDateWithDistance } from "@/lib/dates/format-date";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/db-like";
import { tokenListSelect } from "@/lib/tokens/list-tokens";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { tokenStatus } from "@/lib/tokens/token-status";
import { openTokensSql, openTokensWhere } from "./held-tokens";
import { searchText } from "@/lib/text/search-text";

export const whoOwnsLimit = 8;

const person = (p: { name: string; email: string; active: boolean } | null) =>
  p ? { name: p.name, email: p.email, active: p.active } : null;

const byId = async (ids: string[]) => {
  const rows = await db.token.findMany({ where: { id: { in: ids } }, select: tokenListSelect });
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => found.get(id) ?? []);
};

/**
 * Keys (lower-cased names and services) that start with `start`, as a range of the key's index: the
 * database orders text by code point (C locale), so they lie between `start` and its last character's
 * successor. Asked for with ILIKE 'start%' instead, PostgreSQL walked the whole index (1.4 s at 100,000).
 */
function startingWith(start: string) {
  const last = start.codePointAt(start.length - 1)!;
  const stem = start.slice(0, start.length - String.fromCodePoint(last).length);
  return last >= 0x10ffff ? { gte: start } : { gte: start, lt: stem + String.fromCodePoint(last + 1) };
}

/**
 * Open tokens whose service, name or dependent contains `text`, in service order: matches come
 * from the trigram indexes first and are ordered afterwards, where asking for them in order with a
 * limit made PostgreSQL walk the service index through most tokens.
 */
async function containing(text: string, found: { id: string }[], take: number) {
  const contains = `%${likeLiteral(text)}%`;
  const ids = await db.$queryRaw<{ id: string }[]>`
    WITH hits AS MATERIALIZED (
      SELECT id FROM tokens WHERE service ILIKE ${contains} OR name ILIKE ${contains}
      UNION SELECT token_id FROM token_dependents WHERE name ILIKE ${contains})
    SELECT t.id FROM tokens t JOIN hits USING (id)
    WHERE ${openTokensSql} AND t.id <> ALL(${found.map((row) => row.id)}::text[])
    ORDER BY t.service_key, t.name_key, t.id
    LIMIT ${take}`;
  return byId(ids.map((row) => row.id));
}

/**
 * "Whose token is this?" from the header: up to 8 tokens whose service, name or dependent matches,
 * in that order (services, then names starting with the words first), each with owner, backup,
 * status and expiry in words. Each step runs only while fewer than 9 are found.
 */
export async function findWhoOwns(actor: Actor | null, query: string, now = new Date()) {
  await authorize(actor, "token.who_owns", isSignedIn);
  const q = searchText(query);
  if (!q) return { results: [], more: false };
  const start = startingWith(q.toLowerCase());
  const wanted = whoOwnsLimit + 1;
  const rows = await db.token.findMany({
    where: { ...openTokensWhere, serviceKey: start },
    select: tokenListSelect,
    orderBy: [{ serviceKey: "asc" }, { nameKey: "asc" }, { id: "asc" }],
    take: wanted,
  });
  if (rows.length < wanted)
    rows.push(
      ...(await db.token.findMany({
        where: { ...openTokensWhere, nameKey: start, id: { notIn: rows.map((row) => row.id) } },
        select: tokenListSelect,
        orderBy: [{ nameKey: "asc" }, { id: "asc" }],
        take: wanted - rows.length,
      })),
    );
  if (rows.length < wanted) rows.push(...(await containing(q, rows, wanted - rows.length)));
  const clock = await readStatusClock(now);
  return {
    more: rows.length > whoOwnsLimit,
    results: rows.slice(0, whoOwnsLimit).map((row) => ({
      id: row.id,
      name: row.name,
      service: row.service,
      status: tokenStatus(row, clock),
      expires: row.expiresOn ? formatDateWithDistance(row.expiresOn, now) : null,
      owner: person(row.owner)!,
      backup: person(row.backup),
    })),
  };
}

export type WhoOwnsResult = Awaited<ReturnType<typeof findWhoOwns>>["results"][number];
