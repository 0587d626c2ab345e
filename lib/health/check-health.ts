import { db } from "@/lib/db";
import { defaultMigrationsDir, migrationNames } from "@/lib/migrate/migrations-directory";
import { appVersion } from "@/lib/version";
import { readReminderStatus } from "./reminder-alarms";

type Reminders = { lastSweepAt: string | null; lastDigestAt: string | null };
export type Health =
  | {
      ok: true;
      database: "reachable";
      migrations: "current";
      reminders: Reminders;
      version: string;
      warnings?: string[];
    }
  | { ok: false; reason: string; reminders?: Reminders; version: string };

/**
 * Database reachable and up to date, and reminders going out: the last sweep succeeded and is
 * recent, and mail is not failing. Reads through the app's one pool, never a new connection.
 */
export async function checkHealth(now = new Date()): Promise<Health> {
  let applied: { migration_name: string }[];
  try {
    applied =
      await db.$queryRaw`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch {
    return { ok: false, reason: "The database is not reachable.", version: appVersion };
  }
  const done = new Set(applied.map((row) => row.migration_name));
  const pending = (await migrationNames(defaultMigrationsDir())).filter((name) => !done.has(name));
  if (pending.length > 0) {
    return {
      ok: false,
      reason: `The database is missing ${pending.length} update(s); restart Tokenbook to apply them.`,
      version: appVersion,
    };
  }
  const { lastSweepAt, lastDigestAt, alarms } = await readReminderStatus(now);
  const reminders = { lastSweepAt, lastDigestAt };
  const serious = alarms.filter((alarm) => alarm.serious);
  if (serious.length > 0)
    return { ok: false, reason: serious.map((alarm) => alarm.reason).join(" "), reminders, version: appVersion };
  // Things that stopped without stopping Tokenbook (a paused chat channel): listed, with a 200.
  const warnings = alarms
    .filter((alarm) => alarm.kind === "channel-paused")
    .map((alarm) => alarm.publicReason ?? alarm.reason);
  return {
    ok: true,
    database: "reachable",
    migrations: "current",
    reminders,
    version: appVersion,
    ...(warnings.length ? { warnings } : {}),
  };
}
