import { describe, expect, it } from "vitest";
import { buildLanes, type DayCount } from "./build-lanes";
import { bucketOf, timelineWindow } from "./timeline-window";

const now = new Date("2026-11-26T15:00:00Z"); // a Thursday
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("timelineWindow", () => {
  it("starts on this week's Monday and puts one column per week on the week views", () => {
    const window = timelineWindow("12w", now);
    expect(window.start).toEqual(day("2026-11-23"));
    expect(window.end).toEqual(day("2027-02-15"));
    expect(window.buckets).toHaveLength(12);
    expect(window.buckets.map((bucket) => bucket.label).slice(0, 3)).toEqual(["23 Nov", "30 Nov", "7 Dec"]);
    expect(bucketOf(window, day("2026-12-06"))).toBe(1); // ten days from the 26th: Sunday of the second week
    expect(window.today).toEqual({ bucket: 0, percent: (3.5 / 7) * 100 });
  });

  it("uses one column per month on the 12-month view, the first from this week's Monday", () => {
    const window = timelineWindow("12m", now);
    expect(window.buckets).toHaveLength(13);
    expect(window.buckets.map((bucket) => bucket.label).slice(0, 2)).toEqual(["Nov 2026", "Dec 2026"]);
    expect(window.buckets[0]).toMatchObject({ start: day("2026-11-23"), end: day("2026-12-01") });
    expect(window.end).toEqual(day("2027-12-01"));
    expect(bucketOf(window, day("2026-12-06"))).toBe(1);
  });
});

describe("buildLanes", () => {
  const names = new Map([
    ["a", { id: "a", name: "Team a" }],
    ["b", { id: "b", name: "Team b" }],
    ["gone", { id: "gone", name: "Owner gone", active: false }],
  ]);
  const window = timelineWindow("4w", now);
  const count = (laneId: string | null, iso: string, status: DayCount["status"], n: number): DayCount => ({
    laneId,
    day: day(iso),
    status,
    count: n,
  });

  it("makes one lane per team, most urgent first, and one cell per week with its count and most urgent status", () => {
    const lanes = buildLanes(
      [
        count(null, "2026-11-30", "healthy", 1),
        count("b", "2026-12-01", "healthy", 5),
        count("b", "2026-12-03", "expiring_soon", 2),
        count("a", "2026-11-30", "healthy", 1),
      ],
      names,
      (date) => bucketOf(window, date),
      "team",
    );
    expect(lanes.map((lane) => lane.label)).toEqual(["Team b", "No team", "Team a"]);
    expect(lanes[0].cells).toEqual([{ bucket: 1, total: 7, worst: "expiring_soon", tokens: null }]);
    expect([lanes[0].total, lanes[0].worst, lanes[0].urgent]).toEqual([7, "expiring_soon", 2]);
  });

  it("groups by owner and marks a deactivated owner's lane", () => {
    const lanes = buildLanes(
      [count("gone", "2026-11-30", "compromised", 1), count("a", "2026-11-30", "expired", 1)],
      names,
      (date) => bucketOf(window, date),
      "owner",
    );
    expect(lanes.map((lane) => [lane.label, lane.inactive, lane.cells[0].worst])).toEqual([
      ["Owner gone", true, "compromised"],
      ["Team a", false, "expired"],
    ]);
  });
});
