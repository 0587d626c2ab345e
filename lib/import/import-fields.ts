// What the import steps share with the browser, without zod (kept out of the page's JavaScript).
import { tokenCsvColumns, type TokenCsvKey } from "@/lib/tokens/token-csv-columns";

/** Limits that keep one import inside one quick transaction; said in plain words where they bite. */
export const maxImportBytes = 2 * 1024 * 1024;
export const maxImportRows = 5_000;
/** An .xlsx is a zip of XML parts; a real inventory sheet unpacks to a few MB, a zip bomb to gigabytes. */
export const maxUnzippedBytes = 50 * 1024 * 1024;
const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;
export const fileTooLarge = `The file is larger than ${megabytes(maxImportBytes)}. Split it into smaller files and import them one by one.`;
export const chooseFileFirst = "Choose an Excel (.xlsx) or CSV file first.";
/** The limits in the words the first step shows. */
export const importLimitsInWords = `Up to ${megabytes(maxImportBytes)} and ${maxImportRows.toLocaleString("en")} rows; an Excel file may unpack to at most ${megabytes(maxUnzippedBytes)}.`;

const requiredFields = new Set<TokenCsvKey>([
  "name",
  "service",
  "environment",
  "purpose",
  "secretLocation",
  "ownerEmail",
  "expiresOn",
  "criticality",
]);

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

/** Words that plainly say the token does not expire (compared without case). */
export const neverExpiresWords = [
  "never",
  "never expires",
  "no expiry",
  "no expiration",
  "does not expire",
  "doesn't expire",
  "unlimited",
];
/** Words that fill a date cell without saying what they mean; like an empty cell, the person says. */
export const placeholderWords = [
  "n/a",
  "na",
  "none",
  "not applicable",
  "-",
  "–",
  "—",
  "?",
  "tbd",
  "tbc",
  "unknown",
  "nil",
  "null",
];
export const isPlaceholder = (cell: string) => {
  const word = cell.trim().toLowerCase();
  return word === "" || placeholderWords.includes(word);
};

/** What an empty or placeholder expiry cell means, chosen by the person before the rows are checked. */
export const emptyExpiryChoices = ["doesNotExpire", "needsDate"] as const;
export type EmptyExpiryChoice = (typeof emptyExpiryChoices)[number];
export const emptyExpiryLabels: Record<EmptyExpiryChoice, string> = {
  doesNotExpire: "The token does not expire",
  needsDate: "The date is missing: list these rows as needing fixing",
};

/** Fields that can take one value for every row instead of a column. */
export const oneValueFields = [
  "service",
  "environment",
  "purpose",
  "secretLocation",
  "ownerEmail",
  "backupEmail",
  "team",
  "criticality",
] as const satisfies ImportFieldKey[];
export type OneValueField = (typeof oneValueFields)[number];
export type FixedValues = Partial<Record<OneValueField, string>>;

/** How a cell holds several values, said beside the column matched to a list field. */
export const listSeparatorHints: Partial<Record<ImportFieldKey, string>> = {
  dependents: "Several things in one cell: separate them with a semicolon (;) or put each on its own line in the cell.",
  tags: "Several tags in one cell: separate them with commas, semicolons or new lines.",
};

/** A spreadsheet column as the match step shows it. `sample` is masked when it looks like a secret. */
export type ImportColumn = {
  index: number;
  header: string;
  sample: string | null;
  looksSecret: boolean;
  /** Why the column was guessed from its values, or the question to answer about it. */
  hint: string | null;
  /** Cells that are empty or say only “N/A”, “-” and the like. */
  placeholderCount: number;
};

/** What reading the chosen file gives the match step. */
export type ImportFileSummary = {
  fileName: string;
  csvText: string;
  lines?: number[];
  /** The sheet read from an Excel workbook, and every sheet it has (null for CSV). */
  sheet: { name: string; names: string[] } | null;
  rowCount: number;
  columns: ImportColumn[];
  mapping: (ImportFieldKey | "")[];
  /** A date like 03/04/2026 found in the file (with its line), so the person is asked the order. */
  dateExample: { value: string; line: number } | null;
};

/** `field`: the Tokenbook field whose cell can be corrected in the preview (null for the whole row). */
export type RowProblem = { column: string | null; field: ImportFieldKey | null; message: string };
export type CellEdit = { line: number; field: ImportFieldKey; value: string };

/**
 * One row as it will be saved. `expiry` is the date as read, in words (“31 Dec 2026 (in 32 days)”);
 * `notes`: what was read differently from the cell (e.g. “N/A” as “does not expire”); `warnings`:
 * what will need attention once imported (already expired, no backup), never blocking the import.
 */
export type PreviewRow = {
  line: number;
  name: string;
  service: string;
  environment: string;
  owner: string;
  backup: string;
  expiry: string;
  problems: RowProblem[];
  /** The cells with a problem as they read now, to correct them in place (empty when hidden as a secret). */
  cells: Partial<Record<ImportFieldKey, string>>;
  /** Left out of the import by the person; not checked. */
  skipped: boolean;
  notes: string[];
  warnings: RowWarning[];
  /** Owner or backup emails of nobody in Tokenbook, so the preview can offer to invite them. */
  unknownEmails: string[];
};

export type RowWarning = {
  kind: "expired" | "doesNotExpire" | "noBackup" | "ownerIsBackup" | "possibleDuplicate";
  text: string;
};

/** What the import left needing attention, counted over the imported tokens. */
export type ImportSummary = {
  count: number;
  expired: number;
  noBackup: number;
  doesNotExpire: number;
  withoutRunbook: number;
  skipped: number;
  emailed: number;
};

export type ImportPreview = {
  rows: PreviewRow[];
  readyCount: number;
  problemCount: number;
  skippedCount: number;
  unknownPeople: string[];
};

/** What is wrong with a column matching, in words; shared by the match step (live) and the server. */
export function mappingProblems(headers: string[], mapping: (ImportFieldKey | "")[], fixedValues: FixedValues = {}) {
  const columnsOf = new Map<ImportFieldKey, number[]>();
  mapping.forEach((field, index) => {
    if (field) columnsOf.set(field, [...(columnsOf.get(field) ?? []), index]);
  });
  const hasValue = (key: ImportFieldKey) => columnsOf.has(key) || Boolean(fixedValues[key as OneValueField]?.trim());
  const missing = importFields.filter((field) => field.required && !hasValue(field.key)).map((field) => field.label);
  const doubled = [...columnsOf].filter(([, columns]) => columns.length > 1);
  const messages: Record<string, string> = {};
  if (missing.length > 0) {
    messages.mapping =
      `Every token needs ${listInWords(missing)}, but no column is matched to ${missing.length === 1 ? "it" : "them"}. ` +
      "Match a column below, or give one value for every row under “Same value for every row”.";
  }
  for (const [field, columns] of doubled) {
    for (const index of columns.slice(1)) {
      messages[`column.${index}`] =
        `“${headers[columns[0]]}” is already matched to ${importFieldLabel(field)}. Choose another field or “Ignore this column”.`;
    }
  }
  return messages;
}

const listInWords = (items: string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
