import { parse } from "csv-parse/sync";
import { InvalidInputError } from "@/lib/errors";
import { maxImportBytes, maxImportRows } from "./schema";

export type CsvRow = { line: number; cells: string[] };
export type CsvTable = { headers: string[]; rows: CsvRow[] };

const unreadable = (why: string) => new InvalidInputError(`We couldn't read this file: ${why}`);
const tooBig = () => unreadable("it is larger than 2 MB. Split it into smaller files and import them one by one.");

/**
 * The file's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or,
 * failing UTF-8, Windows-1252, which is what older Excel versions save as "CSV".
 */
export function decodeCsvFile(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw unreadable("the file is empty.");
  if (bytes.byteLength > maxImportBytes) throw tooBig();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw unreadable("it is an Excel workbook, not a CSV file. In Excel choose File › Save a copy › “CSV UTF-8”, then choose that file.");
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.includes(0)) throw unreadable("it is not a text file. Save the spreadsheet as “CSV UTF-8” and choose that file.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator the header line uses most, outside quotes: comma, semicolon (European Excel) or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

const plainParseError = (error: unknown) => {
  const code = (error as { code?: string }).code;
  const line = (error as { lines?: number }).lines;
  const at = line ? ` near line ${line}` : "";
  if (code === "CSV_QUOTE_NOT_CLOSED") return unreadable(`a quoted value${at} never ends. Check for a stray " character.`);
  if (code === "INVALID_OPENING_QUOTE" || code === "CSV_INVALID_CLOSING_QUOTE") return unreadable(`a " character${at} is in an unexpected place. Values with quotes must be wrapped in quotes themselves.`);
  if (code === "CSV_MAX_RECORD_SIZE") return unreadable(`one row${at} is far too long.`);
  return unreadable("it is not a valid CSV file. Save the spreadsheet as “CSV UTF-8” and try again.");
};

/**
 * Reads CSV text into a header and rows, each row with the line of the file it starts on (a quoted
 * value may span lines). Blank rows are skipped; short rows are padded with empty cells.
 */
export function readCsv(text: string): CsvTable {
  if (Buffer.byteLength(text) > maxImportBytes) throw tooBig();
  // One line ending everywhere (also inside quoted values) so line numbers can be counted.
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!normalised.trim()) throw unreadable("the file is empty.");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter: detectDelimiter(normalised),
      record_delimiter: "\n",
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: 100_000,
    }) as unknown as typeof records;
  } catch (error) {
    throw plainParseError(error);
  }
  const [header, ...body] = records;
  const headers = header.record.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const rows = body
    .filter(({ record }) => record.some((cell) => cell.trim() !== ""))
    .map(({ record, info }) => ({
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: headers.map((_, index) => record[index] ?? "").concat(record.slice(headers.length)),
    }));
  if (rows.length === 0) throw unreadable("it has a header line but no rows under it.");
  if (rows.length > maxImportRows) {
    throw unreadable(`it has ${rows.length.toLocaleString("en")} rows; Tokenbook imports at most ${maxImportRows.toLocaleString("en")} at a time. Split it into smaller files.`);
  }
  return { headers, rows };
}
