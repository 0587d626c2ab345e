import { stringify } from "csv-stringify/sync";
import { decodeCsvFile, readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { maxImportBytes } from "./schema";
import { tooManyBytes, unreadable, type SheetTable } from "./spreadsheet-table";

/**
 * What every later step works from: the rows as CSV text (an Excel sheet is turned into CSV once,
 * here), and for a sheet the row numbers Excel shows, so messages point at the row the person sees.
 */
export type SpreadsheetFile = {
  table: SheetTable;
  csvText: string;
  lines?: number[];
  sheet: { name: string; names: string[] } | null;
};

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// Excel 97–2003 files, and .xlsx files protected by a password, are "compound documents".
const compoundDocumentMagic = [0xd0, 0xcf, 0x11, 0xe0];

export async function readSpreadsheetFile(
  file: { name: string; bytes: Uint8Array },
  sheetName?: string,
): Promise<SpreadsheetFile> {
  const { bytes } = file;
  if (bytes.byteLength > maxImportBytes) throw tooManyBytes();
  if (startsWith(bytes, compoundDocumentMagic)) {
    throw unreadable(
      "it is an older Excel file (.xls) or has a password. In Excel, save it as “Excel Workbook (.xlsx)” without a password and choose that file.",
    );
  }
  if (startsWith(bytes, zipMagic)) {
    const workbook = await readXlsx(bytes, sheetName);
    // `sep=,` names the separator, so a one-column sheet reads back the same.
    const csvText = `sep=,\n${stringify([workbook.headers, ...workbook.rows.map((row) => row.cells)])}`;
    const lines = workbook.rows.map((row) => row.line);
    return {
      table: readCsv(csvText, lines),
      csvText,
      lines,
      sheet: { name: workbook.sheetName, names: workbook.sheetNames },
    };
  }
  if (/\.xls[xm]?$/i.test(file.name.trim())) {
    throw unreadable(
      "its name ends in .xlsx, but it isn't an Excel workbook. Open it in Excel, save it as “Excel Workbook (.xlsx)” and choose it again.",
    );
  }
  const csvText = decodeCsvFile(bytes);
  return { table: readCsv(csvText), csvText, sheet: null };
}
