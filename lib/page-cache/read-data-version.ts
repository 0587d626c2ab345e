import { cache } from "react";
import { db } from "@/lib/db";

/**
 * The database's data version: a whole number that grows at the commit of every transaction that
 * changes what a page shows (triggers on the tables; see the page_data_version migration). Read once
 * per request: the header and the page share it.
 */
export const readDataVersion = cache(async (): Promise<bigint> => {
  const row = await db.dataVersion.findUniqueOrThrow({ where: { id: true }, select: { version: true } });
  return row.version;
});
