import { z } from "zod";

export const timelineRanges = ["4w", "12w", "12m"] as const;
export type TimelineRange = (typeof timelineRanges)[number];
export const timelineGroupings = ["team", "owner"] as const;
export type TimelineGrouping = (typeof timelineGroupings)[number];

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Range, grouping and page of lanes live in the address; anything unknown falls back to page 1 of 12 weeks by team. */
const timelineQuerySchema = z.object({
  range: z.preprocess(single, z.enum(timelineRanges)).catch("12w"),
  group: z.preprocess(single, z.enum(timelineGroupings)).catch("team"),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
});

export type TimelineQuery = z.output<typeof timelineQuerySchema>;

/** The timeline's address for `query`; page 1 is left out. */
export const timelineHref = ({ range, group, page }: TimelineQuery) =>
  `/timeline?${new URLSearchParams({ range, group, ...(page && page > 1 ? { page: String(page) } : {}) })}`;

export const parseTimelineQuery = (params: Record<string, string | string[] | undefined>): TimelineQuery =>
  timelineQuerySchema.parse(params);
