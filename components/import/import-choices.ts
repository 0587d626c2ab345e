import type { DateOrder, EmptyExpiryChoice, FixedValues, ImportFieldKey, ImportFileSummary, ImportRequest } from "@/lib/import/schema";

/** What the person decided about the file: which column is which, how dates read, and values for every row. */
export type ImportChoices = { mapping: (ImportFieldKey | "")[]; dateOrder: DateOrder | ""; emptyExpiry: EmptyExpiryChoice | ""; fixedValues: FixedValues };

/** Everything the server needs to read and check the file again, exactly as the person chose. */
export const importRequest = (file: ImportFileSummary, choices: ImportChoices): ImportRequest => ({ fileName: file.fileName, csvText: file.csvText, lines: file.lines, ...choices });
