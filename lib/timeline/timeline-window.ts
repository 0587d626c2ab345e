import { addDays, startOfUtcDay } from "@/lib/tokens/token-status";
import type { TimelineRange } from "./timeline-query";

export type Gridline = { date: Date; percent: number; label: string; title: string };

export type TimelineWindow = {
  /** Monday of the current week (UTC), so weeks line up with their labels. */
  start: Date;
  /** First day after the window. */
  end: Date;
  /** One marker column per day, or per week on the 12-month view. */
  bucketDays: 1 | 7;
  buckets: number;
  /** How many columns a marker covers, so neighbouring days stack instead of overlapping. */
  markerSpan: number;
  /** The narrowest a column may get before the timeline scrolls sideways. */
  minColumnPx: number;
  todayPercent: number;
  gridlines: Gridline[];
};

const dayMs = 86_400_000;
const shape: Record<TimelineRange, { weeks: number; bucketDays: 1 | 7; markerSpan: number; minColumnPx: number }> = {
  "4w": { weeks: 4, bucketDays: 1, markerSpan: 1, minColumnPx: 26 },
  "12w": { weeks: 12, bucketDays: 1, markerSpan: 2, minColumnPx: 10 },
  "12m": { weeks: 53, bucketDays: 7, markerSpan: 2, minColumnPx: 16 },
};

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export function mondayOf(date: Date) {
  const day = startOfUtcDay(date);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

/** The days the timeline covers, its columns, and where weeks (or months) and today fall on it. */
export function timelineWindow(range: TimelineRange, now: Date): TimelineWindow {
  const { weeks, bucketDays, markerSpan, minColumnPx } = shape[range];
  const start = mondayOf(now);
  const days = weeks * 7;
  const end = addDays(start, days);
  const percentOf = (date: Date) => ((date.getTime() - start.getTime()) / dayMs / days) * 100;
  const gridlines: Gridline[] =
    bucketDays === 1
      ? Array.from({ length: weeks }, (_, week) => {
          const date = addDays(start, week * 7);
          return { date, percent: percentOf(date), label: dayMonth.format(date), title: `Week starting ${longDay.format(date)}` };
        })
      : monthStarts(start, end).map((date) => ({ date, percent: percentOf(date), label: monthYear.format(date), title: monthYear.format(date) }));
  const today = startOfUtcDay(now);
  return {
    start,
    end,
    bucketDays,
    buckets: days / bucketDays,
    markerSpan,
    minColumnPx,
    todayPercent: percentOf(addDays(today, 0.5)),
    gridlines,
  };
}

function monthStarts(start: Date, end: Date) {
  const months: Date[] = [];
  for (let month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); month < end; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
    months.push(month);
  }
  return months;
}

/** Which column a date falls in. */
export const bucketOf = (window: TimelineWindow, date: Date) => Math.floor((date.getTime() - window.start.getTime()) / dayMs / window.bucketDays);

export const bucketStart = (window: TimelineWindow, bucket: number) => addDays(window.start, bucket * window.bucketDays);
