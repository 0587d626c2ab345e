import { tokenListSearch, type SortColumn, type TokenListQuery } from "@/lib/tokens/list-query";

const withQuery = (search: string) => (search ? `?${search}` : "");
const tokensHref = (search: string) => `/tokens${withQuery(search)}`;
const top = { after: undefined, before: undefined };

/** The columns whose headers sort the list, and what their header links lead to. */
export const headerSortColumns = ["name", "expiresOn", "owner", "criticality"] as const satisfies readonly SortColumn[];

/**
 * Every link the list needs, built from the current view; changing sort or filters goes back to the
 * top. Pages are reached by key: the next starts after this page's last token, the previous before its first.
 */
export function tokenListLinks(
  query: TokenListQuery,
  keys: { previousBefore: string | null; nextAfter: string | null },
) {
  const sortHrefs = Object.fromEntries(
    headerSortColumns.map((column) => [
      column,
      {
        asc: tokensHref(tokenListSearch(query, { sort: column, dir: "asc", ...top })),
        desc: tokensHref(tokenListSearch(query, { sort: column, dir: "desc", ...top })),
      },
    ]),
  ) as Record<(typeof headerSortColumns)[number], { asc: string; desc: string }>;
  return {
    sortHrefs,
    previousHref: keys.previousBefore
      ? tokensHref(tokenListSearch(query, { after: undefined, before: keys.previousBefore }))
      : null,
    nextHref: keys.nextAfter ? tokensHref(tokenListSearch(query, { after: keys.nextAfter, before: undefined })) : null,
    firstPageHref: tokensHref(tokenListSearch(query, top)),
    clearFiltersHref: tokensHref(tokenListSearch({ q: query.q, sort: query.sort, dir: query.dir, size: query.size })),
    csvHref: `/api/tokens/export${withQuery(tokenListSearch(query, { ...top, size: undefined }))}`,
    xlsxHref: `/api/tokens/export/xlsx${withQuery(tokenListSearch(query, { ...top, size: undefined }))}`,
  };
}

/** The current view minus search text and place in the list, kept as hidden fields when a new search is made. */
export function searchKeeps(query: TokenListQuery): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(tokenListSearch(query, { q: undefined, ...top })));
}

export function hasFilters(query: TokenListQuery) {
  return Boolean(
    query.q ||
    query.status ||
    query.team ||
    query.owner ||
    query.service ||
    query.environment ||
    query.criticality ||
    query.tag ||
    query.expiresFrom ||
    query.expiresTo ||
    query.backup ||
    query.ownerState ||
    query.runbook ||
    query.use ||
    query.as,
  );
}
