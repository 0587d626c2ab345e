// Each test file gets its own database, cloned from the migrated template, before anything
// imports lib/db; files therefore run in parallel and repeatably.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase } from "./test-database-server";

const serverUrl = inject("testDatabaseServerUrl");
const name = `tokenbook_test_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createDatabase(serverUrl, name);
process.env.TEST_ADMIN_DATABASE_URL = serverUrl;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await dropDatabase(serverUrl, name);
});
