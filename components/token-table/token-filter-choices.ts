import { tokenStatusWords } from "@/lib/tokens/token-status-words";
import { pageSizes, sortableColumns, type TokenListQuery } from "@/lib/tokens/list-query";
import { criticalities, criticalityLabels, environmentLabels, environments } from "@/lib/tokens/schema";
import { tokenStatuses } from "@/lib/tokens/token-status";
import { sortWords } from "./sort-words";

export type FilterChoice = { value: string; label: string };

/** The token list's filter choices in words, worked out on the server so the form's script needs no schema. */
export type TokenFilterChoices = {
  statuses: FilterChoice[];
  environments: FilterChoice[];
  criticalities: FilterChoice[];
  pageSizes: FilterChoice[];
  sorts: FilterChoice[];
  /** What the chosen status means, or which tokens are left out without one. */
  statusHint: string;
};

// The same for every request: worked out once.
const fixedChoices = {
  statuses: tokenStatuses.map((status) => ({ value: status, label: tokenStatusWords[status].label })),
  environments: environments.map((environment) => ({ value: environment, label: environmentLabels[environment] })),
  criticalities: criticalities.map((criticality) => ({ value: criticality, label: criticalityLabels[criticality] })),
  pageSizes: pageSizes.map((size) => ({ value: String(size), label: String(size) })),
  sorts: sortableColumns.map((column) => ({ value: column, label: sortWords[column].label })),
};

export function tokenFilterChoices(query: TokenListQuery): TokenFilterChoices {
  return {
    ...fixedChoices,
    statusHint: query.status
      ? tokenStatusWords[query.status].description
      : "Retired tokens are listed only when you choose the status “Retired”.",
  };
}
