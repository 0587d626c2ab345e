// Creates the next migration from prisma/schema.prisma without Prisma's native engine:
//   npm run db:migration -- <name>
// The shadow database lives on SHADOW_DATABASE_SERVER_URL, else DATABASE_URL (the user
// must be allowed to CREATE DATABASE), else on a throwaway embedded PostgreSQL.
import "dotenv/config";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { diffMigrationsToSchema } from "../lib/migrate/diff-schema";
import { defaultMigrationsDir } from "../lib/migrate/migrations-directory";
import { migrationSlug, writeMigration } from "../lib/migrate/write-migration";
import { startEmbeddedPostgres } from "./support/embedded-postgres";

async function withServerUrl<T>(work: (serverUrl: string) => Promise<T>): Promise<T> {
  const configured = process.env.SHADOW_DATABASE_SERVER_URL || process.env.DATABASE_URL;
  if (configured) return work(configured);
  console.log("Starting a temporary PostgreSQL server for the shadow database.");
  const server = await startEmbeddedPostgres({
    // Directly under /tmp (not in a mode-700 folder) so the postgres user can reach it when run as root.
    directory: path.join(os.tmpdir(), `tokenbook-shadow-${randomUUID()}`),
    password: randomUUID(),
    database: "postgres",
    persistent: false,
  });
  try {
    return await work(server.serverUrl);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const slug = migrationSlug(process.argv[2] ?? "");
  if (slug === "") throw new Error("Give the migration a name: npm run db:migration -- <name>.");
  const sql = await withServerUrl((serverUrl) => diffMigrationsToSchema(serverUrl));
  if (sql === "") {
    console.log("Schema and migrations already agree.");
    return;
  }
  for (const file of await writeMigration(defaultMigrationsDir(), slug, sql)) {
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
