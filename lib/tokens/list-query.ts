import { z } from "zod";
import { isCalendarDateInRange } from "@/lib/dates/calendar-date";
import { searchLength, searchText } from "@/lib/text/search-text";
import { criticalities, environments } from "./schema";
import { tokenStatuses } from "./token-status";

export const sortableColumns = ["name", "service", "expiresOn", "owner", "criticality", "updatedAt"] as const;
export type SortColumn = (typeof sortableColumns)[number];
export const pageSizes = [25, 50, 100] as const;
export const runbookFilters = ["missing", "untested"] as const;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const calendarDate = z.string().refine(isCalendarDateInRange);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (single(v) === "" ? undefined : single(v)), schema.optional());

/**
 * The whole list view lives in the URL (shareable). Unknown or broken values fall back to the
 * default instead of failing, so an edited or old link still opens a sensible list.
 */
export const tokenListQuerySchema = z.object({
  q: optional(
    z
      .string()
      .meta({
        description: `Words in the name, service, people or what it feeds; only the first ${searchLength} characters count.`,
      })
      .transform(searchText),
  ).catch(undefined),
  status: optional(z.enum(tokenStatuses)).catch(undefined),
  team: optional(z.string().max(50)).catch(undefined),
  owner: optional(z.string().max(50)).catch(undefined),
  service: optional(z.string().trim().max(80)).catch(undefined),
  environment: optional(z.enum(environments)).catch(undefined),
  criticality: optional(z.enum(criticalities)).catch(undefined),
  tag: optional(z.string().trim().toLowerCase().max(40)).catch(undefined),
  expiresFrom: optional(calendarDate).catch(undefined),
  expiresTo: optional(calendarDate).catch(undefined),
  backup: optional(z.literal("none")).catch(undefined),
  /** Only tokens in use (active or leaked), as the timeline counts them. */
  use: optional(z.literal("in_use")).catch(undefined),
  /** With `owner`: only the tokens they own, not those they back up. */
  as: optional(z.literal("owner")).catch(undefined),
  ownerState: optional(z.literal("deactivated")).catch(undefined),
  runbook: optional(z.enum(runbookFilters)).catch(undefined),
  sort: optional(z.enum(sortableColumns)).catch(undefined),
  dir: optional(z.enum(["asc", "desc"])).catch(undefined),
  // Paging by key: the page starts just after (or, going back, just before) this token in the list's order.
  after: optional(z.string().max(50)).catch(undefined),
  before: optional(z.string().max(50)).catch(undefined),
  size: optional(z.coerce.number().pipe(z.union(pageSizes.map((n) => z.literal(n))))).catch(undefined),
});

export type TokenListQuery = z.output<typeof tokenListQuerySchema>;

export function parseTokenListQuery(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): TokenListQuery {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return tokenListQuerySchema.parse(record);
}

/** The query as URL search params, leaving out defaults, for links and the CSV export. */
export function tokenListSearch(query: TokenListQuery, changes: Partial<TokenListQuery> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params.toString();
}
