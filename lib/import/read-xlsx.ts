import ExcelJS from "exceljs";
import { checkUnzippedSize, notAWorkbook } from "./check-unzipped-size";
import { maxImportRows } from "./schema";
import { tableFromRecords, tooManyRows, unreadable, type SheetTable } from "./spreadsheet-table";

export type WorkbookTable = SheetTable & { sheetName: string; sheetNames: string[] };

/** Rows besides the data that the quick row-count refusal allows: the header, and a title or notes above it. */
const roomAboveRows = 10;

const twoDigits = (value: number) => String(value).padStart(2, "0");

/** A date cell as 2026-12-31, or 2026-12-31 14:30 when it has a time: the forms every date reader accepts. */
function dateCellText(date: Date) {
  const day = date.toISOString().slice(0, 10);
  const [hours, minutes] = [date.getUTCHours(), date.getUTCMinutes()];
  return hours === 0 && minutes === 0 ? day : `${day} ${twoDigits(hours)}:${twoDigits(minutes)}`;
}

/** What a person sees in the cell: the result of a formula, the text of a link or of formatted text, an error like "#N/A". */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateCellText(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return "";
}

/**
 * Reads one sheet of an .xlsx workbook (the first with anything in it, or the one named) into rows
 * numbered as Excel numbers them. Date cells become dates; a merged cell counts once, in its first cell.
 */
export async function readXlsx(bytes: Uint8Array, wantedSheet?: string): Promise<WorkbookTable> {
  await checkUnzippedSize(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw notAWorkbook();
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.state !== "hidden" && sheet.state !== "veryHidden");
  const sheet = wantedSheet
    ? sheets.find((candidate) => candidate.name === wantedSheet)
    : sheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet)
    throw unreadable(
      wantedSheet ? "it has no sheet with that name any more. Choose the file again." : "every sheet in it is empty.",
    );
  // A quick refusal before reading thousands of cells; the rows under the header are counted exactly once it is found.
  if (sheet.actualRowCount > maxImportRows + roomAboveRows) throw tooManyRows(sheet.actualRowCount - 1);
  const records: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.isMerged && cell.master !== cell ? "" : cellText(cell.value);
    });
    records.push({ line: rowNumber, cells: Array.from(cells, (cell) => cell ?? "") });
  });
  return { ...tableFromRecords(records), sheetName: sheet.name, sheetNames: sheets.map((candidate) => candidate.name) };
}
