import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { storableText } from "@/lib/validation/storable-text";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Tokenbook with `npm start`.");
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5000 }) });
  // An id or search from a hand-made address can hold characters PostgreSQL refuses (NUL); it then
  // simply matches nothing instead of failing. Forms refuse such text earlier, in parseInput.
  return client.$extends({
    query: { $allModels: { $allOperations: ({ args, query }) => query(storableText(args)) } },
  }) as unknown as PrismaClient;
}

/** The one Prisma client of the process, created on first use. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.prisma ??= createClient();
    const value = Reflect.get(globalForPrisma.prisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.prisma) : value;
  },
});
