// Spreadsheet files for tests, made by the same library the importer reads them with.
import ExcelJS from "exceljs";
import { constants, deflateRawSync } from "node:zlib";
import { fromBuffer } from "yauzl";

/** A cell: a value, or what Excel keeps for an error ("#N/A") or a formula and its result. */
export type SheetCell = string | number | Date | null | ExcelJS.CellErrorValue | ExcelJS.CellFormulaValue;

/**
 * An .xlsx as Excel would save it: Date cells become real date cells (with the given formats), `merge`
 * ranges like "A5:C5" are merged; `before` adds sheets (name and rows) ahead of the token sheet.
 */
export async function xlsxFile(
  rows: SheetCell[][],
  options: {
    sheetName?: string;
    merge?: string[];
    dateFormats?: Record<string, string>;
    before?: [string, SheetCell[][]][];
  } = {},
) {
  const workbook = new ExcelJS.Workbook();
  for (const [name, cells] of options.before ?? []) workbook.addWorksheet(name).addRows(cells);
  const sheet = workbook.addWorksheet(options.sheetName ?? "Tokens");
  rows.forEach((row) => sheet.addRow(row));
  for (const [address, format] of Object.entries(options.dateFormats ?? {})) sheet.getCell(address).numFmt = format;
  for (const range of options.merge ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const uint16 = (value: number) => Buffer.from([value & 0xff, (value >> 8) & 0xff]);
const uint32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
};

/**
 * Deflate data for `megabytes` MB of zeros, built from one compressed megabyte repeated, so it takes no time or memory.
 */
function zerosDeflated(megabytes: number) {
  const megabyte = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => megabyte), end]);
}

/**
 * A zip named like a workbook whose parts all point at one run of deflated zeros (the overlapping-
 * entries trick), so a file of about `megabytes` KB unpacks to `megabytes × parts` MB. With `declaredBytes`,
 * the zip lies about each part's size. CRCs are left zero: a reader must refuse it long before checking them.
 */
export function zipBomb({
  megabytes,
  parts,
  declaredBytes,
}: {
  megabytes: number;
  parts: number;
  declaredBytes?: number;
}) {
  const data = zerosDeflated(megabytes);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const size = declaredBytes ?? megabytes * 1024 * 1024;
  const sizes = (compressed: number) => [uint32(0), uint32(compressed), uint32(size), uint16(name.length), uint16(0)];
  const local = Buffer.concat([
    uint32(0x04034b50),
    uint16(20),
    uint16(0),
    uint16(8),
    uint16(0),
    uint16(0),
    ...sizes(data.length),
    name,
    data,
  ]);
  const central = Buffer.concat(
    Array.from({ length: parts }, () =>
      Buffer.concat([
        uint32(0x02014b50),
        uint16(20),
        uint16(20),
        uint16(0),
        uint16(8),
        uint16(0),
        uint16(0),
        ...sizes(data.length),
        uint16(0),
        uint16(0),
        uint16(0),
        uint32(0),
        uint32(0),
        name,
      ]),
    ),
  );
  const end = Buffer.concat([
    uint32(0x06054b50),
    uint16(0),
    uint16(0),
    uint16(parts),
    uint16(parts),
    uint32(central.length),
    uint32(local.length),
    uint16(0),
  ]);
  return Buffer.concat([local, central, end]);
}

/**
 * Every part of a workbook (a zip) as text, by name: two workbooks compare by content, since a zip stamps each part
 * with the time it was packed.
 */
export const zipParts = (bytes: Buffer) =>
  new Promise<Record<string, string>>((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const parts: Record<string, string> = {};
      zip.on("entry", (entry) =>
        zip.openReadStream(entry, async (failed, stream) => {
          if (failed) return reject(failed);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          parts[entry.fileName] = Buffer.concat(chunks).toString("utf8");
          zip.readEntry();
        }),
      );
      zip.on("end", () => resolve(parts));
      zip.readEntry();
    }),
  );
