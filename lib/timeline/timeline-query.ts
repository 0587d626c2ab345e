import { z } from "zod";

export const timelineRanges = ["4w", "12w", "12m"] as const;
export type TimelineRange = (typeof timelineRanges)[number];
export const timelineGroupings = ["team", "owner"] as const;
export type TimelineGrouping = (typeof timelineGroupings)[number];

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const id = z.preprocess(single, z.string().trim().min(1).max(100).optional()).catch(undefined);

/**
 * Range, grouping, page of lanes and the one lane looked for (an owner's id, or a team's id or
 * `none` for no team) live in the address; anything unknown falls back to page 1 of 12 weeks by team.
 */
const timelineQuerySchema = z.object({
  range: z.preprocess(single, z.enum(timelineRanges)).catch("12w"),
  group: z.preprocess(single, z.enum(timelineGroupings)).catch("team"),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
  owner: id,
  team: id,
});

export type TimelineQuery = z.output<typeof timelineQuerySchema>;

export const parseTimelineQuery = (params: Record<string, string | string[] | undefined>): TimelineQuery =>
  timelineQuerySchema.parse(params);

/** The lane looked for, if any: an owner's on the owner view, a team's on the team view. */
export const laneSought = (query: TimelineQuery) => (query.group === "owner" ? query.owner : query.team);

/** The timeline's address for `query`: page 1 and a filter that does not fit the grouping are left out. */
export function timelineHref(query: TimelineQuery) {
  const sought = laneSought(query);
  return `/timeline?${new URLSearchParams({
    range: query.range,
    group: query.group,
    ...(sought ? { [query.group]: sought } : {}),
    ...(query.page && query.page > 1 ? { page: String(query.page) } : {}),
  })}`;
}
