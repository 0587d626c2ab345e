import { z } from "zod";
import { tokenCsvColumns, type TokenCsvKey } from "@/lib/tokens/token-csv-columns";

/** Limits that keep one import inside one quick transaction; said in plain words where they bite. */
export const maxImportBytes = 2 * 1024 * 1024;
export const maxImportRows = 5_000;

const requiredFields = new Set<TokenCsvKey>(["name", "service", "environment", "purpose", "secretLocation", "ownerEmail", "expiresOn", "criticality"]);

/** Tokenbook's fields a spreadsheet column can be matched to: the columns of the CSV export and template. */
export const importFields = tokenCsvColumns.map(([key, label]) => ({ key, label, required: requiredFields.has(key) }));

export type ImportFieldKey = TokenCsvKey;
export const importFieldKeys = importFields.map((field) => field.key) as [ImportFieldKey, ...ImportFieldKey[]];
export const importFieldLabel = (key: ImportFieldKey) => importFields.find((field) => field.key === key)!.label;

/** How a file writes dates like 03/04/2026; never guessed, the person says. */
export const dateOrders = ["dmy", "mdy"] as const;
export type DateOrder = (typeof dateOrders)[number];
export const dateOrderLabels: Record<DateOrder, string> = {
  dmy: "Day first: 03/04/2026 is 3 April 2026",
  mdy: "Month first: 03/04/2026 is March 4, 2026",
};

/** Words in the expiry column that mean "does not expire" (compared without case). */
export const neverExpiresWords = ["never", "none", "no expiry", "no expiration", "does not expire", "doesn't expire", "n/a", "not applicable"];

/** One choice per spreadsheet column, by position: a Tokenbook field, or "" to ignore the column. */
export const columnMappingSchema = z.array(z.union([z.enum(importFieldKeys), z.literal("")])).max(200, "The file has too many columns.");

/** What the match and import steps send; the server reads the file again from this text every time. */
export const importRequestSchema = z.object({
  fileName: z.string().trim().max(200).default("spreadsheet.csv"),
  csvText: z.string().max(maxImportBytes, "The file is larger than 2 MB. Split it into smaller files and import them one by one."),
  mapping: columnMappingSchema,
  dateOrder: z.union([z.enum(dateOrders), z.literal("")]).default(""),
});

export type ImportRequest = z.input<typeof importRequestSchema>;

/** A spreadsheet column as the match step shows it. `sample` is masked when it looks like a secret. */
export type ImportColumn = { index: number; header: string; sample: string | null; looksSecret: boolean };

/** What reading the chosen file gives the match step. */
export type ImportFileSummary = {
  fileName: string;
  csvText: string;
  rowCount: number;
  columns: ImportColumn[];
  mapping: (ImportFieldKey | "")[];
  /** A date like 03/04/2026 found in the file (with its line), so the person is asked the order. */
  dateExample: { value: string; line: number } | null;
};

export type RowProblem = { column: string | null; message: string };

/** `notes`: what was read differently from the cell (e.g. 9999-12-31 as “does not expire”), told to the person. */
export type PreviewRow = { line: number; name: string; service: string; environment: string; owner: string; problems: RowProblem[]; notes: string[] };

export type ImportPreview = { rows: PreviewRow[]; readyCount: number; problemCount: number };

/** What is wrong with a column matching, in words; shared by the match step (live) and the server. */
export function mappingProblems(headers: string[], mapping: (ImportFieldKey | "")[]) {
  const columnsOf = new Map<ImportFieldKey, number[]>();
  mapping.forEach((field, index) => {
    if (field) columnsOf.set(field, [...(columnsOf.get(field) ?? []), index]);
  });
  const missing = importFields.filter((field) => field.required && !columnsOf.has(field.key)).map((field) => field.label);
  const doubled = [...columnsOf].filter(([, columns]) => columns.length > 1);
  const messages: Record<string, string> = {};
  if (missing.length > 0) {
    messages.mapping =
      `Every token needs ${listInWords(missing)}, but no column is matched to ${missing.length === 1 ? "it" : "them"}. ` +
      "Match a column below, or add the column to your spreadsheet and choose the file again.";
  }
  for (const [field, columns] of doubled) {
    for (const index of columns.slice(1)) {
      messages[`column.${index}`] = `“${headers[columns[0]]}” is already matched to ${importFieldLabel(field)}. Choose another field or “Ignore this column”.`;
    }
  }
  return messages;
}

const listInWords = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
