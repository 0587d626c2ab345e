import { InvalidInputError } from "@/lib/errors";
import { maxImportBytes, maxImportRows } from "./schema";

/** One row of the sheet with the line (CSV) or row number (Excel) a person finds it under. */
export type SheetRow = { line: number; cells: string[] };
export type SheetTable = { headers: string[]; rows: SheetRow[] };

export const unreadable = (why: string) => new InvalidInputError(`We couldn't read this file: ${why}`);
export const tooManyBytes = () =>
  unreadable(
    `it is larger than ${maxImportBytes / 1024 / 1024} MB. Split it into smaller files and import them one by one.`,
  );
export const tooManyRows = (count: number) =>
  unreadable(
    `it has ${count.toLocaleString("en")} rows; Tokenbook imports at most ${maxImportRows.toLocaleString("en")} at a time. Split it into smaller files.`,
  );

/**
 * The first record is the header; blank rows are skipped (a spreadsheet's spacer lines), short rows
 * are padded with empty cells, and the row limit is applied. Shared by the CSV and Excel readers.
 */
export function tableFromRecords(records: SheetRow[]): SheetTable {
  const [header, ...body] = records;
  if (!header) throw unreadable("the file is empty.");
  const headers = header.cells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const rows = body
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ""))
    .map(({ line, cells }) => ({
      line,
      cells: headers.map((_, index) => cells[index] ?? "").concat(cells.slice(headers.length)),
    }));
  if (rows.length === 0) throw unreadable("it has a header line but no rows under it.");
  if (rows.length > maxImportRows) throw tooManyRows(rows.length);
  return { headers, rows };
}
