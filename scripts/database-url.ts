// `npm run db:url`: the address of the built-in database while Tokenbook runs (for pg_dump).
import { readFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { clusterFolder } from "./support/embedded-postgres";
import { ensureLocalSecrets } from "./support/local-secrets";

const env = readEnv();
if (env.DATABASE_URL) {
  console.log(env.DATABASE_URL);
} else {
  try {
    const port = readFileSync(path.join(clusterFolder(env.DATA_DIR).directory, "postmaster.pid"), "utf8").split(
      "\n",
    )[3];
    const { databasePassword } = ensureLocalSecrets(env.DATA_DIR);
    console.log(`postgresql://postgres:${encodeURIComponent(databasePassword)}@127.0.0.1:${port}/tokenbook`);
  } catch {
    console.error("The built-in database is not running: start Tokenbook with `npm start` first.");
    process.exit(1);
  }
}
