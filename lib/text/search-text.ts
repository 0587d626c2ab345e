/** The longest search, in characters (code points); the search boxes hold no more. */
export const searchLength = 100;

/**
 * A search as typed or pasted, trimmed and cut to its first `searchLength` characters (never half an
 * emoji): a longer one is still searched for, by its start, rather than dropped.
 */
export const searchText = (text: string) => [...text.trim()].slice(0, searchLength).join("").trim();
