// `npm run restore -- FILE [--force]`: a backup into an empty (or fresh) data folder or database.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readBackupFile } from "../lib/backup/backup-file";
import { restoreBackup } from "../lib/backup/restore-backup";
import { readEnv } from "../lib/env";
import { openBuiltInDatabase, runningBuiltInPort } from "./support/built-in-database";
import { clusterFolder } from "./support/embedded-postgres";
import { ensureLocalSecrets } from "./support/local-secrets";
import { describeStartupFailure, StartupError } from "./support/startup-error";

const log = (line: string) => console.log(`[tokenbook] ${line}`);

function writeSecrets(dataDir: string, secrets: Record<string, string>) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, "secrets.json"), JSON.stringify(secrets, null, 2), { mode: 0o600 });
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file)
    throw new StartupError(
      "Name the backup file: npm run restore -- FILE (add --force to replace a database that holds data).",
    );
  if (!existsSync(file))
    throw new StartupError(`There is no file ${file}. Fix: give the path of a backup made by npm run backup.`);
  const env = readEnv();
  const { header } = await readBackupFile(file);
  const backupSecrets = header.secrets ?? {};

  let databaseUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  let stop = async () => {};
  let keptPassword: string | undefined;
  if (!databaseUrl) {
    const { directory } = clusterFolder(env.DATA_DIR);
    if (runningBuiltInPort(directory))
      throw new StartupError(
        `Tokenbook is running on ${env.DATA_DIR}. Fix: stop it first; a restore replaces its database.`,
      );
    const clusterExists = existsSync(path.join(directory, "PG_VERSION"));
    // A fresh data folder takes the backup's secrets whole; an existing database keeps its password.
    if (!clusterExists && backupSecrets.databasePassword) writeSecrets(env.DATA_DIR, backupSecrets);
    const password = ensureLocalSecrets(env.DATA_DIR).databasePassword;
    keptPassword = password;
    const database = await openBuiltInDatabase(env.DATA_DIR, password);
    databaseUrl = database.url;
    stop = database.stop;
  }
  try {
    const result = await restoreBackup(databaseUrl, file, { force });
    const current = existsSync(path.join(env.DATA_DIR, "secrets.json"))
      ? (JSON.parse(readFileSync(path.join(env.DATA_DIR, "secrets.json"), "utf8")) as Record<string, string>)
      : {};
    if (header.secrets)
      writeSecrets(env.DATA_DIR, {
        ...current,
        ...header.secrets,
        ...(keptPassword ? { databasePassword: keptPassword } : {}),
      });
    const rows = Object.values(result.checksums).reduce((sum, table) => sum + table.rows, 0);
    log(
      `Restored ${file} (made ${header.createdAt}): ${Object.keys(result.checksums).length} tables, ${rows} rows, every table's checksum matches the backup` +
        (header.secrets ? `; its generated secrets are back in ${env.DATA_DIR}` : "") +
        (result.upgradedWith.length ? `; applied ${result.upgradedWith.length} newer database update(s)` : "") +
        ". Start Tokenbook with npm start.",
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[tokenbook] ${describeStartupFailure(error, process.env.DATABASE_URL)}`);
  process.exit(1);
});
