import { InvalidInputError } from "@/lib/errors";
import { findSecret, findSecretOnce, type SecretFinder } from "@/lib/secrets/find-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import type { ParsedTokenInput } from "@/lib/tokens/schema";
import { validateTokenInput } from "@/lib/tokens/save-token";
import { loadExistingTokens, loadImportLookups, similarTokenKey, tokenKey } from "./load-import-lookups";
import { readCsv } from "./read-csv";
import type { SheetRow, SheetTable } from "./spreadsheet-table";
import { isOrderDependentDate } from "./read-date";
import { readImportRow, type RowReadingOptions } from "./read-import-row";
import { expiryInWords, rowWarnings } from "./row-warnings";
import {
  importFieldLabel,
  importFields,
  importRequestSchema,
  type FixedValues,
  type CellEdit,
  type ImportFieldKey,
  type ImportRequest,
  type OneValueField,
  type PreviewRow,
  type RowProblem,
} from "./schema";
import { checkColumnMapping, type ColumnMapping } from "./check-column-mapping";

export type CheckedRow = { line: number; parsed: ParsedTokenInput | null; preview: PreviewRow };
export type CheckedImport = { fileName: string; rows: CheckedRow[] };

// The shared schema's field names, back to the spreadsheet field they came from.
const fieldOfSchemaPath: Record<string, ImportFieldKey> = {
  ownerId: "ownerEmail",
  backupId: "backupEmail",
  teamId: "team",
  doesNotExpire: "expiresOn",
};
const importFieldOf = (path: string) => {
  const head = path.split(".")[0];
  return (
    fieldOfSchemaPath[head] ?? (importFields.some((field) => field.key === head) ? (head as ImportFieldKey) : null)
  );
};

// Tokenbook's own export writes '=… for cells starting like a formula; read them back as they were.
const unescapeFormula = (value: string) => value.replace(/^'(?=[=+\-@\t\r])/, "");

const hiddenValue = "(hidden: looks like a secret)";

/** Checks one row: secrets in any matched cell, then words, then the shared token schema. */
type RowContext = {
  table: SheetTable;
  mapping: ColumnMapping;
  options: RowReadingOptions;
  lookups: Awaited<ReturnType<typeof loadImportLookups>>;
  emailSubstitutes: Record<string, string>;
  /** Cells corrected in the preview, by line, then field. */
  edits: Map<number, Map<ImportFieldKey, string>>;
  /** Scans each distinct cell text once for the whole file. */
  find: SecretFinder;
  now: Date;
};

const editsByLine = (edits: CellEdit[]) => {
  const byLine = new Map<number, Map<ImportFieldKey, string>>();
  for (const { line, field, value } of edits) byLine.set(line, (byLine.get(line) ?? new Map()).set(field, value));
  return byLine;
};

async function checkRow(
  row: SheetRow,
  { table, mapping, options, lookups, emailSubstitutes, edits, find, now }: RowContext,
) {
  const edited = edits.get(row.line);
  const fromFile = (field: ImportFieldKey) =>
    mapping.columnOf[field] === undefined
      ? (mapping.fixedValues[field as OneValueField] ?? "")
      : unescapeFormula(row.cells[mapping.columnOf[field]!] ?? "");
  const written = (field: ImportFieldKey) => edited?.get(field) ?? fromFile(field);
  const cell = (field: ImportFieldKey) => {
    const value = written(field);
    const isPerson = field === "ownerEmail" || field === "backupEmail";
    return (isPerson && emailSubstitutes[value.trim().toLowerCase()]) || value;
  };
  const problems: Partial<Record<ImportFieldKey | "row", string>> = {};
  const secretFields = new Set<ImportFieldKey>();
  const checkedFields = new Set([...(Object.keys(mapping.columnOf) as ImportFieldKey[]), ...(edited?.keys() ?? [])]);
  for (const field of checkedFields) {
    const value = edited?.get(field) ?? row.cells[mapping.columnOf[field]!];
    const finding = value?.trim() ? await find(value) : null;
    if (finding) {
      problems[field] = secretRefusalMessage(finding, columnName(table, mapping, field));
      secretFields.add(field);
    }
  }
  const reading = readImportRow(cell, options, lookups);
  for (const [field, message] of Object.entries(reading.problems) as [ImportFieldKey, string][])
    problems[field] ??= message;
  let parsed: ParsedTokenInput | null = null;
  try {
    parsed = await validateTokenInput(reading.input, find);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    for (const [path, message] of Object.entries(error.fields)) problems[importFieldOf(path) ?? "row"] ??= message;
  }
  if (row.cells.slice(table.headers.length).some((value) => value.trim())) {
    problems.row ??=
      "This line has more values than the file has columns. A value containing a comma or semicolon needs quotes around it.";
  }
  const shown = (field: ImportFieldKey) => (secretFields.has(field) ? hiddenValue : cell(field).trim());
  const preview: PreviewRow = {
    line: row.line,
    name: shown("name"),
    service: shown("service"),
    environment: shown("environment"),
    owner: shown("ownerEmail"),
    backup: shown("backupEmail"),
    expiry: expiryInWords(reading.input, now),
    problems: [],
    cells: {},
    skipped: false,
    notes: reading.notes,
    warnings: rowWarnings(reading.input, now, { ownerIsBackup: reading.ownerIsBackup }),
    unknownEmails: Object.entries(reading.unknownEmails).flatMap(([field, email]) =>
      secretFields.has(field as ImportFieldKey) ? [] : [email],
    ),
  };
  const editable = (field: ImportFieldKey) => (secretFields.has(field) ? "" : written(field));
  return { line: row.line, parsed, preview, problems, editable };
}

/** A row the person left out: shown as skipped with its name, never checked or imported. */
async function skippedRow(row: SheetRow, { mapping, find }: RowContext) {
  const nameCell =
    mapping.columnOf.name === undefined ? "" : unescapeFormula(row.cells[mapping.columnOf.name] ?? "").trim();
  const name = nameCell && (await find(nameCell)) ? hiddenValue : nameCell;
  const preview: PreviewRow = {
    line: row.line,
    name,
    service: "",
    environment: "",
    owner: "",
    backup: "",
    expiry: "",
    problems: [],
    cells: {},
    skipped: true,
    notes: [],
    warnings: [],
    unknownEmails: [],
  };
  return {
    line: row.line,
    parsed: null,
    preview,
    problems: {} as Partial<Record<ImportFieldKey | "row", string>>,
    editable: () => "",
  };
}

/**
 * Reads the file text again and checks every row with the same rules as the token form, plus
 * duplicates within the file and against Tokenbook. Never trusts an earlier preview.
 */
export async function checkImportRequest(request: ImportRequest, now = new Date()): Promise<CheckedImport> {
  const {
    fileName,
    csvText,
    lines,
    mapping: chosen,
    dateOrder,
    emptyExpiry,
    fixedValues,
    emailSubstitutes,
    edits,
    skippedLines,
  } = parseRequest(request);
  const table = readCsv(csvText, lines);
  await refuseSecretValues(fixedValues);
  const mapping = checkColumnMapping(table.headers, chosen, fixedValues);
  const dateColumns = (["issuedOn", "expiresOn", "lastRotatedOn"] as const)
    .map((field) => mapping.columnOf[field])
    .filter((column) => column !== undefined);
  if (
    !dateOrder &&
    table.rows.some((row) => dateColumns.some((column) => isOrderDependentDate(row.cells[column] ?? "")))
  ) {
    throw new InvalidInputError("Choose how the dates in your file are written.", {
      dateOrder: "Your file has dates like 03/04/2026. Choose whether the day or the month comes first.",
    });
  }
  const lookups = await loadImportLookups();
  const checked = [];
  const skipped = new Set(skippedLines);
  const context: RowContext = {
    table,
    mapping,
    options: { order: dateOrder, emptyExpiry },
    lookups,
    emailSubstitutes,
    edits: editsByLine(edits),
    find: findSecretOnce(),
    now,
  };
  for (const row of table.rows)
    checked.push(skipped.has(row.line) ? await skippedRow(row, context) : await checkRow(row, context));

  const existing = await loadExistingTokens();
  const firstLineOf = new Map<string, number>();
  for (const row of checked) {
    if (!row.parsed) continue;
    const key = tokenKey(row.parsed.name, row.parsed.service, row.parsed.environment);
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined)
      row.problems.name ??= `Line ${earlier} of this file already has a token with the same name, service and environment.`;
    else if (existing.keys.has(key))
      row.problems.name ??=
        "Tokenbook already has a token with this name, service and environment. Rename it, or skip the row if it is the same token.";
    else {
      const similar = existing.similar.get(similarTokenKey(row.parsed.name, row.parsed.service));
      if (similar) {
        row.preview.warnings.push({
          kind: "possibleDuplicate",
          text: `Possibly the same token as “${similar.name}” (${similar.service}, ${similar.environment}) already in Tokenbook. Import it only if it is a different token; otherwise skip the row.`,
        });
      }
    }
    if (earlier === undefined) firstLineOf.set(key, row.line);
  }

  return {
    fileName,
    rows: checked.map(({ line, parsed, preview, problems, editable }) => {
      const position = (field: string) =>
        field === "row" ? Infinity : (mapping.columnOf[field as ImportFieldKey] ?? Infinity);
      const list: RowProblem[] = Object.entries(problems)
        .sort(([a], [b]) => position(a) - position(b))
        .map(([field, message]) =>
          field === "row"
            ? { column: null, field: null, message: message! }
            : {
                column: columnName(table, mapping, field as ImportFieldKey),
                field: field as ImportFieldKey,
                message: message!,
              },
        );
      const cells = Object.fromEntries(list.flatMap(({ field }) => (field ? [[field, editable(field)]] : [])));
      return { line, parsed: list.length ? null : parsed, preview: { ...preview, problems: list, cells } };
    }),
  };
}

const columnName = (table: SheetTable, mapping: ColumnMapping, field: ImportFieldKey) => {
  const column = mapping.columnOf[field];
  if (column !== undefined) return table.headers[column];
  return mapping.fixedValues[field as OneValueField]
    ? `${importFieldLabel(field)} for every row`
    : importFieldLabel(field);
};

/** A value typed once for every row is refused like a cell when it looks like a secret. */
async function refuseSecretValues(fixedValues: FixedValues) {
  for (const [field, value] of Object.entries(fixedValues) as [OneValueField, string][]) {
    const finding = value ? await findSecret(value) : null;
    if (finding)
      throw new InvalidInputError("Some columns need matching before the preview.", {
        [`fixed.${field}`]: secretRefusalMessage(finding, `${importFieldLabel(field)} for every row`),
      });
  }
}

function parseRequest(request: ImportRequest) {
  const parsed = importRequestSchema.safeParse(request);
  if (!parsed.success)
    throw new InvalidInputError(parsed.error.issues[0]?.message ?? "The file could not be read. Choose it again.");
  return parsed.data;
}
