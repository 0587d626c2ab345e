import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type LocalSecrets = {
  authSecret: string;
  /** Encrypts chat and webhook addresses (ENCRYPTION_KEY); separate from authSecret on purpose. */
  encryptionKey: string;
  /** The built-in database's owner ('postgres'): migrations, backup and restore. */
  databasePassword: string;
  /** The app's own role (lib/migrate/app-role.ts), which the web server and workers connect as. */
  appDatabasePassword: string;
};

const generators: Record<keyof LocalSecrets, () => string> = {
  authSecret: () => randomBytes(32).toString("base64url"),
  encryptionKey: () => randomBytes(32).toString("base64url"),
  databasePassword: () => randomBytes(18).toString("base64url"),
  appDatabasePassword: () => randomBytes(18).toString("base64url"),
};

/**
 * Secrets generated on first start and kept in DATA_DIR, so sessions survive restarts. A secret
 * that a later version added is generated into an existing file; the others are kept.
 */
export function ensureLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>) : {};
  const missing = (Object.keys(generators) as (keyof LocalSecrets)[]).filter((name) => !kept[name]);
  if (missing.length === 0) return kept as LocalSecrets;
  const secrets = { ...kept, ...Object.fromEntries(missing.map((name) => [name, generators[name]()])) } as LocalSecrets;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
