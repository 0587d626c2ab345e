// `npm run backup [-- FILE]`: every table and the generated secrets of the data folder in one file.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeBackup } from "../lib/backup/write-backup";
import { readEnv } from "../lib/env";
import { openBuiltInDatabase } from "./support/built-in-database";
import { describeStartupFailure } from "./support/startup-error";

const log = (line: string) => console.log(`[tokenbook] ${line}`);

async function main() {
  const env = readEnv();
  const stamp = new Date().toISOString().replace(/[:]/g, "").replace(/\..*/, "Z");
  const file = path.resolve(process.argv[2] ?? `tokenbook-${stamp}.backup`);
  const secretsFile = path.join(env.DATA_DIR, "secrets.json");
  const secrets = existsSync(secretsFile)
    ? (JSON.parse(readFileSync(secretsFile, "utf8")) as Record<string, string>)
    : null;

  let databaseUrl = env.DATABASE_URL;
  let stop = async () => {};
  if (!databaseUrl) {
    if (!secrets)
      throw new Error(
        `There is no built-in database in ${env.DATA_DIR} to back up. Fix: set DATA_DIR to Tokenbook's data folder, or DATABASE_URL to its database.`,
      );
    const database = await openBuiltInDatabase(env.DATA_DIR, secrets.databasePassword);
    databaseUrl = database.url;
    stop = database.stop;
  }
  try {
    const { tables, rows } = await writeBackup(databaseUrl, file, secrets);
    log(
      `Backup written to ${file}: ${tables} tables, ${rows} rows` +
        (secrets ? `, and the generated secrets of ${env.DATA_DIR} (sign-in key).` : ".") +
        " Keep it private: it holds names and email addresses.",
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[tokenbook] ${describeStartupFailure(error, process.env.DATABASE_URL)}`);
  process.exit(1);
});
