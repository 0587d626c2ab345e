import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { migrationLockContent, migrationLockFile, migrationScriptFile } from "./migrations-directory";

/** Prisma's migration directory prefix: the UTC time as YYYYMMDDHHMMSS. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** Turns "Add user roles" into "add_user_roles", as the Prisma CLI does. */
export function migrationSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Writes `<timestamp>_<slug>/migration.sql` (and the lock file if missing); returns the files written. */
export async function writeMigration(
  migrationsDir: string,
  slug: string,
  sql: string,
  now = new Date(),
): Promise<string[]> {
  const written: string[] = [];
  const directory = path.join(migrationsDir, `${timestamp(now)}_${slug}`);
  await mkdir(directory, { recursive: true });
  const scriptPath = path.join(directory, migrationScriptFile);
  await writeFile(scriptPath, sql, { flag: "wx" });
  written.push(scriptPath);
  const lockPath = path.join(migrationsDir, migrationLockFile);
  if (
    !(await access(lockPath).then(
      () => true,
      () => false,
    ))
  ) {
    await writeFile(lockPath, migrationLockContent);
    written.push(lockPath);
  }
  return written;
}
