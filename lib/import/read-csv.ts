import { parse } from "csv-parse/sync";
import { maxImportBytes } from "./schema";
import { tableFromRecords, tooManyBytes, unreadable, type SheetTable } from "./spreadsheet-table";

/**
 * The file's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or,
 * failing UTF-8, Windows-1252, which is what older Excel versions save as "CSV".
 */
export function decodeCsvFile(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw unreadable("the file is empty.");
  if (bytes.byteLength > maxImportBytes) throw tooManyBytes();
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.includes(0))
    throw unreadable("it is not a text file. Save the spreadsheet as “CSV UTF-8” and choose that file.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

// Enough lines to reach the header under a title and blank rows, and to outvote a stray separator in a title.
const delimiterSampleLines = 10;

/**
 * The separator used most, outside quotes, in the first 10 lines: comma, semicolon (European Excel)
 * or tab. Counted over several lines, not the first alone, since the first may be blank or a title.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  let lines = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n" && ++lines === delimiterSampleLines) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

const plainParseError = (error: unknown) => {
  const code = (error as { code?: string }).code;
  const line = (error as { lines?: number }).lines;
  const at = line ? ` near line ${line}` : "";
  if (code === "CSV_QUOTE_NOT_CLOSED")
    return unreadable(`a quoted value${at} never ends. Check for a stray " character.`);
  if (code === "INVALID_OPENING_QUOTE" || code === "CSV_INVALID_CLOSING_QUOTE")
    return unreadable(
      `a " character${at} is in an unexpected place. Values with quotes must be wrapped in quotes themselves.`,
    );
  if (code === "CSV_MAX_RECORD_SIZE") return unreadable(`one row${at} is far too long.`);
  return unreadable("it is not a valid CSV file. Save the spreadsheet as “CSV UTF-8” and try again.");
};

// Excel's "CSV" in some regions starts with a line naming the separator, like `sep=;`.
const separatorLine = /^sep=([^\n])\n/i;

/**
 * Reads CSV text into a header and rows, each row with the line of the file it starts on (a quoted
 * value may span lines). `lines`, when given, are the row numbers of the spreadsheet the text was
 * made from (an Excel sheet), shown instead of the text's own lines.
 */
export function readCsv(text: string, lines?: number[]): SheetTable {
  if (Buffer.byteLength(text) > maxImportBytes) throw tooManyBytes();
  // One line ending everywhere (also inside quoted values) so line numbers can be counted.
  let normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const separator = separatorLine.exec(normalised);
  if (separator) normalised = normalised.slice(separator[0].length);
  if (!normalised.trim()) throw unreadable("the file is empty.");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter: separator?.[1] ?? detectDelimiter(normalised),
      record_delimiter: "\n",
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: 100_000,
    }) as unknown as typeof records;
  } catch (error) {
    throw plainParseError(error);
  }
  // The sep= line is not counted: Excel hides it, so line 2 is the first row under the header there too.
  const table = tableFromRecords(
    records.map(({ record, info }) => ({
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    })),
  );
  if (lines?.length !== undefined && lines.length === table.rows.length)
    table.rows.forEach((row, index) => (row.line = lines[index]));
  return table;
}
