import type {
  CellEdit,
  DateOrder,
  EmptyExpiryChoice,
  FixedValues,
  ImportFieldKey,
  ImportFileSummary,
  ImportRequest,
} from "@/lib/import/schema";

/** What the person decided about the file: which column is which, how dates read, and values for every row. */
export type ImportChoices = {
  mapping: (ImportFieldKey | "")[];
  dateOrder: DateOrder | "";
  emptyExpiry: EmptyExpiryChoice | "";
  fixedValues: FixedValues;
  /** Unknown owner or backup emails given to someone already in Tokenbook, chosen in the preview. */
  emailSubstitutes: Record<string, string>;
  /** Cells corrected in the preview, and lines left out of the import. */
  edits: CellEdit[];
  skippedLines: number[];
  /** People invited from the preview (their invitation is their one email). */
  invited: string[];
};

export const firstChoices = (mapping: ImportChoices["mapping"]): ImportChoices => ({
  mapping,
  dateOrder: "",
  emptyExpiry: "",
  fixedValues: {},
  emailSubstitutes: {},
  edits: [],
  skippedLines: [],
  invited: [],
});

/** A person who can be given tokens, offered in the preview instead of an unknown email. */
export type PickablePerson = { name: string; email: string };

/** Everything the server needs to read and check the file again, exactly as the person chose. */
export const importRequest = (file: ImportFileSummary, choices: ImportChoices): ImportRequest => ({
  fileName: file.fileName,
  csvText: file.csvText,
  lines: file.lines,
  ...choices,
});
