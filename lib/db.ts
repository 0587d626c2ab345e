import "server-only";
import { AsyncResource } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { storableText } from "@/lib/validation/storable-text";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Tokenbook with `npm start`.");
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5000, Client: clientOpenedHere() }),
  });
  // An id or search from a hand-made address can hold characters PostgreSQL refuses (NUL); it then
  // simply matches nothing instead of failing, in raw SQL as in the models' queries. Forms refuse such
  // text earlier, in parseInput.
  const storableSql = (sql: Prisma.Sql) => Prisma.sql(sql.strings, ...storableText(sql.values));
  return client.$extends({
    query: {
      $allModels: { $allOperations: ({ args, query }) => query(storableText(args)) },
      $queryRaw: ({ args, query }) => query(storableSql(args)),
      $executeRaw: ({ args, query }) => query(storableSql(args)),
    },
  }) as unknown as PrismaClient;
}

/**
 * Connections are opened in the async context the client was created in (the server's start, see
 * instrumentation.ts), never in the request that happens to need one: Node 20 ties a socket to the
 * context it was opened in (AsyncLocalStorage), so the pool's sockets held that request, its response
 * and React's render for as long as they lived, and every later read ran in it.
 */
function clientOpenedHere(): typeof pg.Client {
  const context = new AsyncResource("tokenbook.database-connections");
  const connect = pg.Client.prototype.connect;
  class ClientOpenedHere extends pg.Client {}
  ClientOpenedHere.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
    return context.runInAsyncScope(connect, this, ...args);
  } as typeof connect;
  return ClientOpenedHere;
}

/** Creates the process's Prisma client now, outside any request (see clientOpenedHere). */
export function prepareDb() {
  globalForPrisma.prisma ??= createClient();
}

/** The one Prisma client of the process, created at the server's start or on first use. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    prepareDb();
    const value = Reflect.get(globalForPrisma.prisma!, property);
    return typeof value === "function" ? value.bind(globalForPrisma.prisma) : value;
  },
});
