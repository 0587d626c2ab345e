import { tokenListSearch, type SortColumn, type TokenListQuery } from "@/lib/tokens/list-query";

const withQuery = (search: string) => (search ? `?${search}` : "");
const tokensHref = (search: string) => `/tokens${withQuery(search)}`;

/** The columns whose headers sort the list, and what their header links lead to. */
export const headerSortColumns = ["name", "expiresOn", "owner", "criticality"] as const satisfies readonly SortColumn[];

/** Every link the list needs, built from the current view; changing sort or filters goes back to page 1. */
export function tokenListLinks(query: TokenListQuery) {
  const page = query.page ?? 1;
  const sortHrefs = Object.fromEntries(
    headerSortColumns.map((column) => [
      column,
      {
        asc: tokensHref(tokenListSearch(query, { sort: column, dir: "asc", page: undefined })),
        desc: tokensHref(tokenListSearch(query, { sort: column, dir: "desc", page: undefined })),
      },
    ]),
  ) as Record<(typeof headerSortColumns)[number], { asc: string; desc: string }>;
  return {
    sortHrefs,
    previousHref: tokensHref(tokenListSearch(query, { page: page > 2 ? page - 1 : undefined })),
    nextHref: tokensHref(tokenListSearch(query, { page: page + 1 })),
    firstPageHref: tokensHref(tokenListSearch(query, { page: undefined })),
    clearFiltersHref: tokensHref(tokenListSearch({ q: query.q, sort: query.sort, dir: query.dir, size: query.size })),
    csvHref: `/api/tokens/export${withQuery(tokenListSearch(query, { page: undefined, size: undefined }))}`,
    xlsxHref: `/api/tokens/export/xlsx${withQuery(tokenListSearch(query, { page: undefined, size: undefined }))}`,
  };
}

/** The current view minus search text and page, kept as hidden fields when a new search is made. */
export function searchKeeps(query: TokenListQuery): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(tokenListSearch(query, { q: undefined, page: undefined })));
}

export function hasFilters(query: TokenListQuery) {
  return Boolean(
    query.q || query.status || query.team || query.owner || query.service || query.environment || query.criticality || query.tag ||
      query.expiresFrom || query.expiresTo || query.backup || query.ownerState || query.runbook || query.use || query.as,
  );
}
