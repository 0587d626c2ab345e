import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import readline from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import type { TableChecksums } from "./table-snapshot";

// One gzip file of JSON lines: a header, then per table a line naming it and one line per row
// (PostgreSQL's own row_to_json text, never re-parsed here, so numbers and dates stay exact).
// Rows are JSON objects; a table's line is a JSON array, so the two can never be confused.
export const backupFormat = "tokenbook-backup";
export const backupFormatVersion = 1;

export type BackupHeader = {
  format: typeof backupFormat;
  version: number;
  createdAt: string;
  /** Migrations applied to the database that was backed up, in order. */
  migrations: string[];
  /** The generated secrets of the data folder (sign-in key and others), when there were any. */
  secrets: Record<string, string> | null;
  checksums: TableChecksums;
};

export const tableLine = (table: string) => JSON.stringify(["table", table]);

export async function writeBackupFile(file: string, header: BackupHeader, body: () => AsyncIterable<string>) {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const done = once(out, "finish");
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  await write(JSON.stringify(header));
  for await (const line of body()) await write(line);
  gzip.end();
  await done;
}

export class BackupFileError extends Error {}

/** The header, then each table's name with its rows (as JSON text). */
export async function readBackupFile(file: string) {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw new BackupFileError(`${file} is not a Tokenbook backup (${(error as Error).message}).`);
  }
  let header: BackupHeader | undefined;
  try {
    header = first.done ? undefined : (JSON.parse(first.value) as BackupHeader);
  } catch {
    header = undefined;
  }
  if (header?.format !== backupFormat) throw new BackupFileError(`${file} is not a Tokenbook backup.`);
  if (header.version > backupFormatVersion) {
    throw new BackupFileError(
      `${file} was written by a newer Tokenbook (backup format ${header.version}); upgrade Tokenbook first.`,
    );
  }
  async function* tables(): AsyncGenerator<{ table: string; rows: string[] }> {
    let current: { table: string; rows: string[] } | undefined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line.startsWith("[")) {
        if (current) yield current;
        current = { table: (JSON.parse(line) as [string, string])[1], rows: [] };
      } else if (line) {
        current?.rows.push(line);
      }
    }
    if (current) yield current;
  }
  return { header, tables };
}
