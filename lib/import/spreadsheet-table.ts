import { InvalidInputError } from "@/lib/errors";
import { isKnownColumnName } from "./guess-columns";
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

const isFilled = (cell: string) => cell.trim() !== "";
const filledCount = (cells: string[]) => cells.filter(isFilled).length;
/** How far a row reaches: one past its last filled cell, 0 for a blank row (`,,,,` included). */
const reach = (cells: string[]) => cells.findLastIndex(isFilled) + 1;

/** How many rows with two or more filled cells are looked at for the column names. */
const headerSearchRows = 10;

/**
 * The index in `records` of the row naming the columns: among the first 10 rows with two or more
 * filled cells, the first in which two cells are known column names ("Name", "Owner email", "Renew
 * by"…), else the first of those rows, else the first row with anything in it (a one-column file);
 * -1 when every row is blank. So blank rows, `,,,,` rows and a title (one cell, even merged across the
 * columns) above the names are passed over. Searching again from the row found finds that row, so
 * an Excel sheet turned into CSV text from its header down reads back the same.
 */
function findHeaderRow(records: SheetRow[]): number {
  const tableLike: number[] = [];
  for (const [index, { cells }] of records.entries()) {
    if (filledCount(cells) >= 2) tableLike.push(index);
    if (tableLike.length === headerSearchRows) break;
  }
  const hasTwoKnownNames = (index: number) => records[index].cells.filter(isKnownColumnName).length >= 2;
  return tableLike.find(hasTwoKnownNames) ?? tableLike[0] ?? records.findIndex(({ cells }) => filledCount(cells) > 0);
}

/**
 * `records` (each row's cells and the line a person finds it under) as a table: the header is the
 * row `findHeaderRow` picks, rows above it are left out, blank rows below it are skipped (a
 * spreadsheet's spacer lines), and the row limit is applied. The table is as wide as the header
 * reaches; a shorter row is padded with empty cells, and a row's values past the last column are
 * kept after its cells, for the check that says a value needs quotes. Shared by the CSV and Excel readers.
 */
export function tableFromRecords(records: SheetRow[]): SheetTable {
  const headerIndex = findHeaderRow(records);
  if (headerIndex === -1) throw unreadable("the file is empty.");
  const header = records[headerIndex].cells;
  const body = records.slice(headerIndex + 1).filter(({ cells }) => filledCount(cells) > 0);
  const headers = header.slice(0, reach(header)).map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const rows = body.map(({ line, cells }) => ({
    line,
    cells: headers.map((_, index) => cells[index] ?? "").concat(cells.slice(headers.length)),
  }));
  if (rows.length === 0) throw unreadable("it has a header line but no rows under it.");
  if (rows.length > maxImportRows) throw tooManyRows(rows.length);
  return { headers, rows };
}
