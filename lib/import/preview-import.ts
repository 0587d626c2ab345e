import type { Actor } from "@/lib/auth/actor";
import { findSecret } from "@/lib/secrets/find-secret";
import { authorizeImport } from "./authorize-import";
import { checkImportRequest } from "./check-import-rows";
import { guessColumns } from "./guess-columns";
import { isOrderDependentDate } from "./read-date";
import { readSpreadsheetFile } from "./read-spreadsheet-file";
import {
  isPlaceholder,
  type ImportColumn,
  type ImportFileSummary,
  type ImportPreview,
  type ImportRequest,
} from "./schema";

/** Step 1: reads the chosen file, guesses which column is which, and finds dates whose order must be asked. */
export async function readImportFile(
  actor: Actor | null,
  file: { name: string; bytes: Uint8Array },
  sheetName?: string,
): Promise<ImportFileSummary> {
  await authorizeImport(actor);
  const { table, csvText, lines, sheet } = await readSpreadsheetFile(file, sheetName);
  const values = table.headers.map((_, index) => table.rows.map((row) => row.cells[index] ?? ""));
  const guesses = guessColumns(table.headers, values);
  const columns: ImportColumn[] = [];
  for (const [index, header] of table.headers.entries()) {
    const sample = values[index].find((value) => value.trim())?.trim() ?? null;
    // A column of secrets is shown without its values and left unmatched.
    const looksSecret = sample !== null && (await findSecret(sample)) !== null;
    const placeholderCount = values[index].filter(isPlaceholder).length;
    columns.push({
      index,
      header,
      sample: looksSecret || sample === null ? null : sample.slice(0, 80),
      looksSecret,
      hint: looksSecret ? null : guesses[index].hint,
      placeholderCount,
    });
  }
  const guessed = guesses.map((guess, index) => (columns[index].looksSecret ? "" : guess.field));
  const dated = table.rows.flatMap((row) =>
    row.cells.filter(isOrderDependentDate).map((value) => ({ value: value.trim(), line: row.line })),
  );
  // Prefer an example such as 03/04/2026 that reads as two different days, to show why we ask.
  const dateExample =
    dated.find(({ value }) =>
      value
        .split(/\D/)
        .slice(0, 2)
        .every((part) => Number(part) <= 12),
    ) ??
    dated[0] ??
    null;
  return {
    fileName: file.name.slice(0, 200),
    csvText,
    lines,
    sheet,
    rowCount: table.rows.length,
    columns,
    mapping: guessed,
    dateExample,
  };
}

/** Step 3: every row with its line and, for each bad row, what to fix. Nothing is written. */
export async function previewImport(actor: Actor | null, request: ImportRequest): Promise<ImportPreview> {
  await authorizeImport(actor);
  const { rows } = await checkImportRequest(request);
  const problemCount = rows.filter((row) => row.preview.problems.length > 0).length;
  const skippedCount = rows.filter((row) => row.preview.skipped).length;
  const unknownPeople = [...new Set(rows.flatMap((row) => row.preview.unknownEmails))].sort();
  return {
    rows: rows.map((row) => row.preview),
    readyCount: rows.length - problemCount - skippedCount,
    problemCount,
    skippedCount,
    unknownPeople,
  };
}
