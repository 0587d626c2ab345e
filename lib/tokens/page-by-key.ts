import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Criticality } from "@/lib/generated/prisma/enums";
import type { SortColumn } from "./list-query";

type Direction = "asc" | "desc";
type Where = Prisma.TokenWhereInput;

/** A list's order: a column and direction, then the id; without a column, the id alone (the JSON API's order). */
export type KeyOrder = { sort?: SortColumn; dir?: Direction };

/** Where a page starts: just after the token with this id, or (paging back) just before it. */
export type PageKey = { after?: string; before?: string };

const anchorSelect = {
  nameKey: true,
  serviceKey: true,
  expiresOn: true,
  criticality: true,
  updatedAt: true,
  owner: { select: { name: true } },
} satisfies Prisma.TokenSelect;
type Anchor = Prisma.TokenGetPayload<{ select: typeof anchorSelect }>;

type Value = string | Date | null;
type Column = {
  value: (anchor: Anchor) => Value;
  beyond: (comparison: "gt" | "lt", value: string | Date) => Where;
  equal: (value: Value) => Where;
};

// The database sorts an enum in the order it was declared, which is the order of Prisma's object.
const criticalityOrder = Object.values(Criticality);
const criticalitiesBeyond = (comparison: "gt" | "lt", value: string) =>
  criticalityOrder.filter((level) =>
    comparison === "gt"
      ? criticalityOrder.indexOf(level) > criticalityOrder.indexOf(value as Criticality)
      : criticalityOrder.indexOf(level) < criticalityOrder.indexOf(value as Criticality),
  );

const columns: Record<SortColumn, Column> = {
  name: {
    value: (a) => a.nameKey,
    beyond: (c, v) => ({ nameKey: { [c]: v } }),
    equal: (v) => ({ nameKey: v as string }),
  },
  service: {
    value: (a) => a.serviceKey,
    beyond: (c, v) => ({ serviceKey: { [c]: v } }),
    equal: (v) => ({ serviceKey: v as string }),
  },
  expiresOn: {
    value: (a) => a.expiresOn,
    beyond: (c, v) => ({ expiresOn: { [c]: v } }),
    equal: (v) => ({ expiresOn: v }),
  },
  owner: {
    value: (a) => a.owner.name,
    beyond: (c, v) => ({ owner: { name: { [c]: v } } }),
    equal: (v) => ({ owner: { name: v as string } }),
  },
  criticality: {
    value: (a) => a.criticality,
    beyond: (c, v) => ({ criticality: { in: criticalitiesBeyond(c, v as string) } }),
    equal: (v) => ({ criticality: v as Criticality }),
  },
  updatedAt: {
    value: (a) => a.updatedAt,
    beyond: (c, v) => ({ updatedAt: { [c]: v } }),
    equal: (v) => ({ updatedAt: v as Date }),
  },
};

const flip = (dir: Direction): Direction => (dir === "asc" ? "desc" : "asc");

/**
 * The order as Prisma's orderBy: the column (tokens without an expiry last), then the id. Paging
 * back reads the same order backwards (`reversed`), and the page is turned round afterwards.
 */
export function orderByKey({ sort, dir = "asc" }: KeyOrder, reversed = false): Prisma.TokenOrderByWithRelationInput[] {
  const way = (d: Direction) => (reversed ? flip(d) : d);
  const id = { id: way("asc") };
  if (!sort) return [id];
  const d = way(dir);
  const byColumn: Record<SortColumn, Prisma.TokenOrderByWithRelationInput> = {
    name: { nameKey: d },
    service: { serviceKey: d },
    expiresOn: { expiresOn: { sort: d, nulls: reversed ? "first" : "last" } },
    owner: { owner: { name: d } },
    criticality: { criticality: d },
    updatedAt: { updatedAt: d },
  };
  return [byColumn[sort], id];
}

/**
 * The tokens that come after `anchor` when reading in `orderByKey(order, reversed)`'s order, as
 * parts that follow each other in that order (the anchor's equals after it, those beyond it, the
 * empty ones): each part is one range of a (column, id) index, where one condition saying "equal
 * and later, or beyond, or empty" made PostgreSQL read the list from the top (75,000 rows to reach
 * page 2,880 of 100,000 sorted by expiry).
 */
function beyondAnchor(
  { sort, dir = "asc" }: KeyOrder & { sort: SortColumn },
  anchorId: string,
  anchor: Anchor,
  reversed: boolean,
): Where[] {
  const column = columns[sort];
  const laterId = { id: { [reversed ? "lt" : "gt"]: anchorId } };
  const value = column.value(anchor);
  // Only expiresOn can be empty; empty values come last reading forward, first reading back.
  if (value === null)
    return reversed
      ? [{ AND: [column.equal(null), laterId] }, { NOT: column.equal(null) }]
      : [{ AND: [column.equal(null), laterId] }];
  const ascending = (dir === "asc") !== reversed;
  return [
    { AND: [column.equal(value), laterId] },
    column.beyond(ascending ? "gt" : "lt", value),
    ...(sort === "expiresOn" && !reversed ? [column.equal(null)] : []),
  ];
}

/**
 * The conditions and order that start a page at `key`: rows after (or before) the anchor token in
 * the list's order, however the list is sorted, in `parts` to read one after the other
 * (`readInParts`); never an offset, so a page deep in a long list costs what the first one does and
 * a list that changes meanwhile never skips or repeats a row. A key that names no token (a stale
 * link) starts at the top.
 */
export async function pageFromKey(order: KeyOrder, key: PageKey) {
  const anchorId = key.before ?? key.after;
  const reversed = key.before !== undefined;
  const orderBy = (backwards: boolean) => orderByKey(order, backwards);
  const top = { parts: [{}] as Where[], orderBy: orderBy(false), reversed: false, anchored: false };
  if (!anchorId) return top;
  const { sort } = order;
  if (!sort)
    return {
      parts: [{ id: { [reversed ? "lt" : "gt"]: anchorId } }],
      orderBy: orderBy(reversed),
      reversed,
      anchored: true,
    };
  const anchor = await db.token.findUnique({ where: { id: anchorId }, select: anchorSelect });
  if (!anchor) return top;
  return {
    parts: beyondAnchor({ ...order, sort }, anchorId, anchor, reversed),
    orderBy: orderBy(reversed),
    reversed,
    anchored: true,
  };
}

/** Up to `take` rows from `parts` in turn, each read with `read(part, rowsStillWanted)`. */
export async function readInParts<T>(parts: Where[], take: number, read: (part: Where, take: number) => Promise<T[]>) {
  const rows: T[] = [];
  for (const part of parts) {
    if (rows.length >= take) break;
    rows.push(...(await read(part, take - rows.length)));
  }
  return rows;
}

/** Rows read with `take: limit + 1`: the page in the list's order, and whether more lie beyond it. */
export function pageRows<T>(rows: T[], limit: number, reversed: boolean) {
  const page = rows.slice(0, limit);
  return { rows: reversed ? page.reverse() : page, more: rows.length > limit };
}
