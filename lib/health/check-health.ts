import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { pendingMigrations } from "@/lib/migrate/apply-migrations";
import { appVersion } from "@/lib/version";

export type Health =
  | { ok: true; database: "reachable"; migrations: "current"; version: string }
  | { ok: false; reason: string; version: string };

export async function checkHealth(): Promise<Health> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { ok: false, reason: "The database is not reachable.", version: appVersion };
  }
  const pending = await pendingMigrations(env().DATABASE_URL!);
  if (pending.length > 0) {
    return { ok: false, reason: `The database is missing ${pending.length} update(s); restart Tokenbook to apply them.`, version: appVersion };
  }
  return { ok: true, database: "reachable", migrations: "current", version: appVersion };
}
