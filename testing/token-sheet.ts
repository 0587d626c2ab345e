import { tokenCsvColumns, type TokenCsvKey } from "@/lib/tokens/token-csv-columns";

// The columns most test sheets fill: a whole token as a person writes one down.
const everydayColumns: readonly TokenCsvKey[] = [
  "name",
  "service",
  "environment",
  "purpose",
  "dependents",
  "secretLocation",
  "ownerEmail",
  "backupEmail",
  "expiresOn",
  "criticality",
];

/**
 * The header row of a test sheet in the import template's own words and order: the everyday
 * columns, less those `without`, with `extra` ones added. Rows are written in the same order.
 */
export function sheetHeader({ without = [], extra = [] }: { without?: TokenCsvKey[]; extra?: TokenCsvKey[] } = {}) {
  const chosen = new Set([...everydayColumns.filter((key) => !without.includes(key)), ...extra]);
  return tokenCsvColumns.filter(([key]) => chosen.has(key)).map(([, header]) => header as string);
}
