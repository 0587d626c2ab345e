import type { Actor } from "@/lib/auth/actor";
import { findSecret } from "@/lib/secrets/find-secret";
import { authorizeImport } from "./authorize-import";
import { checkImportRequest } from "./check-import-rows";
import { guessColumnMapping } from "./guess-columns";
import { decodeCsvFile, readCsv } from "./read-csv";
import { isOrderDependentDate } from "./read-date";
import type { ImportColumn, ImportFileSummary, ImportPreview, ImportRequest } from "./schema";

/** Step 1: reads the chosen file, guesses which column is which, and finds dates whose order must be asked. */
export async function readImportFile(actor: Actor | null, file: { name: string; bytes: Uint8Array }): Promise<ImportFileSummary> {
  await authorizeImport(actor);
  const csvText = decodeCsvFile(file.bytes);
  const table = readCsv(csvText);
  const columns: ImportColumn[] = [];
  for (const [index, header] of table.headers.entries()) {
    const sample = table.rows.find((row) => row.cells[index]?.trim())?.cells[index].trim() ?? null;
    // A column of secrets is shown without its values and left unmatched.
    const looksSecret = sample !== null && (await findSecret(sample)) !== null;
    columns.push({ index, header, sample: looksSecret || sample === null ? null : sample.slice(0, 80), looksSecret });
  }
  const guessed = guessColumnMapping(table.headers).map((field, index) => (columns[index].looksSecret ? "" : field));
  const dated = table.rows.flatMap((row) => row.cells.filter(isOrderDependentDate).map((value) => ({ value: value.trim(), line: row.line })));
  // Prefer an example such as 03/04/2026 that reads as two different days, to show why we ask.
  const dateExample = dated.find(({ value }) => value.split(/\D/).slice(0, 2).every((part) => Number(part) <= 12)) ?? dated[0] ?? null;
  return { fileName: file.name.slice(0, 200), csvText, rowCount: table.rows.length, columns, mapping: guessed, dateExample };
}

/** Step 3: every row with its line and, for each bad row, what to fix. Nothing is written. */
export async function previewImport(actor: Actor | null, request: ImportRequest): Promise<ImportPreview> {
  await authorizeImport(actor);
  const { rows } = await checkImportRequest(request);
  const problemCount = rows.filter((row) => row.preview.problems.length > 0).length;
  return { rows: rows.map((row) => row.preview), readyCount: rows.length - problemCount, problemCount };
}
