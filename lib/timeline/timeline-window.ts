import { addDays, dayMs, startOfUtcDay } from "@/lib/dates/calendar-day";
import { formatLongDay } from "@/lib/dates/format-long-day";
import type { TimelineRange } from "./timeline-query";

/** One column of the timeline: a week, or a month on the 12-month view. `end` is the first day after it. */
export type TimelineBucket = { start: Date; end: Date; label: string; title: string };

export type TimelineWindow = {
  /** Monday of the current week (UTC), so weeks line up with their labels. */
  start: Date;
  /** First day after the window. */
  end: Date;
  unit: "week" | "month";
  buckets: TimelineBucket[];
  /** The column today falls in, and how far into it (0–100) the middle of today lies. */
  today: { bucket: number; percent: number };
};

const weeksShown: Record<Exclude<TimelineRange, "12m">, number> = { "4w": 4, "12w": 12 };

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const longMonth = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export function mondayOf(date: Date) {
  const day = startOfUtcDay(date);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

const monthAfter = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));

function weekBuckets(start: Date, weeks: number): TimelineBucket[] {
  return Array.from({ length: weeks }, (_, week) => {
    const monday = addDays(start, week * 7);
    return {
      start: monday,
      end: addDays(monday, 7),
      label: dayMonth.format(monday),
      title: `Week starting ${formatLongDay(monday)}`,
    };
  });
}

/** This month (from this week's Monday) and the next twelve. */
function monthBuckets(start: Date): TimelineBucket[] {
  const buckets: TimelineBucket[] = [];
  for (let from = start; buckets.length < 13; from = monthAfter(from)) {
    buckets.push({ start: from, end: monthAfter(from), label: monthYear.format(from), title: longMonth.format(from) });
  }
  return buckets;
}

/** The days the timeline covers, one column per week (per month on the 12-month view), and where today falls. */
export function timelineWindow(range: TimelineRange, now: Date): TimelineWindow {
  const start = mondayOf(now);
  const buckets = range === "12m" ? monthBuckets(start) : weekBuckets(start, weeksShown[range]);
  const window = {
    start,
    end: buckets.at(-1)!.end,
    unit: range === "12m" ? ("month" as const) : ("week" as const),
    buckets,
  };
  const today = startOfUtcDay(now);
  const bucket = bucketOf(window, today);
  return { ...window, today: { bucket, percent: percentInto(buckets[bucket], addDays(today, 0.5)) } };
}

/** Which column a date in the window falls in. */
export function bucketOf(window: Pick<TimelineWindow, "buckets">, date: Date) {
  return window.buckets.findIndex((bucket) => date >= bucket.start && date < bucket.end);
}

/** How far (0–100) into its column a moment lies. */
export const percentInto = (bucket: TimelineBucket, date: Date) =>
  ((date.getTime() - bucket.start.getTime()) / (bucket.end.getTime() - bucket.start.getTime())) * 100;

export const bucketDays = (bucket: TimelineBucket) =>
  Math.round((bucket.end.getTime() - bucket.start.getTime()) / dayMs);
