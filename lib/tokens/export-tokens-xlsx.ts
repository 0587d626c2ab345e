import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { startTokenExport, tokenExportColumns, tokenExportRecords } from "./export-tokens-csv";

const dateColumns = new Set(["issuedOn", "expiresOn", "lastRotatedOn"]);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The same rows and columns as the CSV export, as an Excel workbook. Every value is written as a
 * text cell (never a formula, so a name like =HYPERLINK("x") is shown, not run) except dates,
 * which are real date cells; “never” stays a word. Imports back unchanged.
 */
export async function exportTokensXlsx(
  actor: Actor | null,
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  now = new Date(),
): Promise<Buffer> {
  const query = await startTokenExport(actor, params, "xlsx");
  const workbook = new ExcelJS.Workbook();
  // The file's own dates say the day it was made, so two exports of the same list that day are the same workbook.
  workbook.created = workbook.modified = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  workbook.creator = "Tokenbook";
  const sheet = workbook.addWorksheet("Tokens", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = tokenExportColumns.map(({ key, header }) => ({
    key,
    header,
    width: dateColumns.has(key) ? 12 : Math.min(40, Math.max(12, header.length + 2)),
    ...(dateColumns.has(key) ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for await (const records of tokenExportRecords(query, now)) {
    for (const record of records) {
      const values: Record<string, string | Date> = { ...record };
      for (const key of dateColumns) {
        const value = values[key];
        if (typeof value === "string" && isoDay.test(value)) values[key] = new Date(`${value}T00:00:00Z`);
      }
      sheet.addRow(values);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "tokenbook-tokens-2026-03-31.xlsx", dated in UTC like the CSV. */
export const tokenXlsxFileName = (now = new Date()) => `tokenbook-tokens-${now.toISOString().slice(0, 10)}.xlsx`;
