import { z } from "zod";

export const timelineRanges = ["4w", "12w", "12m"] as const;
export type TimelineRange = (typeof timelineRanges)[number];
export const timelineGroupings = ["team", "owner"] as const;
export type TimelineGrouping = (typeof timelineGroupings)[number];

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Range and grouping live in the address; anything unknown falls back to 12 weeks by team. */
const timelineQuerySchema = z.object({
  range: z.preprocess(single, z.enum(timelineRanges)).catch("12w"),
  group: z.preprocess(single, z.enum(timelineGroupings)).catch("team"),
});

export type TimelineQuery = z.output<typeof timelineQuerySchema>;

export const parseTimelineQuery = (params: Record<string, string | string[] | undefined>): TimelineQuery =>
  timelineQuerySchema.parse(params);
