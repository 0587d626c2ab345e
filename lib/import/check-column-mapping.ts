import { InvalidInputError } from "@/lib/errors";
import { mappingProblems, type FixedValues, type ImportFieldKey } from "./schema";

/** Where each field's value comes from: a column, or one value for every row (used only when no column is matched). */
export type ColumnMapping = { columnOf: Partial<Record<ImportFieldKey, number>>; fixedValues: FixedValues };

/** The person's column choices, checked on the server: right number of columns, every required field, none twice. */
export function checkColumnMapping(
  headers: string[],
  chosen: (ImportFieldKey | "")[],
  fixedValues: FixedValues = {},
): ColumnMapping {
  if (chosen.length !== headers.length) {
    throw new InvalidInputError("The file's columns changed since you matched them. Choose the file again.");
  }
  const problems = mappingProblems(headers, chosen, fixedValues);
  if (Object.keys(problems).length > 0)
    throw new InvalidInputError("Some columns need matching before the preview.", problems);
  const columnOf: ColumnMapping["columnOf"] = {};
  chosen.forEach((field, index) => {
    if (field) columnOf[field] = index;
  });
  return { columnOf, fixedValues };
}
