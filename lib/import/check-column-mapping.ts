import { InvalidInputError } from "@/lib/errors";
import { mappingProblems, type ImportFieldKey } from "./schema";

export type ColumnMapping = { columnOf: Partial<Record<ImportFieldKey, number>> };

/** The person's column choices, checked on the server: right number of columns, every required field, none twice. */
export function checkColumnMapping(headers: string[], chosen: (ImportFieldKey | "")[]): ColumnMapping {
  if (chosen.length !== headers.length) {
    throw new InvalidInputError("The file's columns changed since you matched them. Choose the file again.");
  }
  const problems = mappingProblems(headers, chosen);
  if (Object.keys(problems).length > 0) throw new InvalidInputError("Some columns need matching before the preview.", problems);
  const columnOf: ColumnMapping["columnOf"] = {};
  chosen.forEach((field, index) => {
    if (field) columnOf[field] = index;
  });
  return { columnOf };
}
