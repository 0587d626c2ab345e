import { describe, expect, it } from "vitest";
import { buildLanes, listedPerCluster, type TimelineToken } from "./build-lanes";
import { bucketOf, timelineWindow } from "./timeline-window";

const now = new Date("2026-11-26T15:00:00Z"); // a Thursday
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const token = (id: string, expiresOn: string, team: string | null, owner = "o1"): TimelineToken => ({
  id,
  name: `Token ${id}`,
  service: "HubSpot",
  expiresOn: day(expiresOn),
  status: "expiring_soon",
  owner: { id: owner, name: `Owner ${owner}`, active: owner !== "gone" },
  team: team ? { id: team, name: `Team ${team}` } : null,
});

describe("timelineWindow", () => {
  it("starts on this week's Monday and puts one column per day on the week views", () => {
    const window = timelineWindow("12w", now);
    expect(window.start).toEqual(day("2026-11-23"));
    expect(window.end).toEqual(day("2027-02-15"));
    expect(window.buckets).toBe(84);
    expect(window.gridlines.map((line) => line.label).slice(0, 3)).toEqual(["23 Nov", "30 Nov", "7 Dec"]);
    expect(bucketOf(window, day("2026-12-06"))).toBe(13); // ten days from the 26th: Sunday of the second week
    expect(window.todayPercent).toBeCloseTo((3.5 / 84) * 100);
  });

  it("uses one column per week and month lines on the 12-month view", () => {
    const window = timelineWindow("12m", now);
    expect(window.buckets).toBe(53);
    expect(window.gridlines[0].label).toBe("Dec 2026");
    expect(window.gridlines).toHaveLength(12);
    expect(bucketOf(window, day("2026-12-06"))).toBe(1);
  });
});

describe("buildLanes", () => {
  it("makes one lane per team, “No team” last, and one cluster per day with a count", () => {
    const window = timelineWindow("4w", now);
    const many = Array.from({ length: listedPerCluster + 3 }, (_, i) => token(`m${i}`, "2026-12-01", "b"));
    const lanes = buildLanes([token("x", "2026-11-30", null), token("y", "2026-11-30", "a"), ...many], window, "team");
    expect(lanes.map((lane) => lane.label)).toEqual(["Team a", "Team b", "No team"]);
    const busy = lanes[1].clusters;
    expect(busy).toHaveLength(1);
    expect(busy[0]).toMatchObject({ bucket: 8, total: listedPerCluster + 3, date: day("2026-12-01") });
    expect(busy[0].tokens).toHaveLength(listedPerCluster);
  });

  it("groups by owner and marks a deactivated owner's lane", () => {
    const lanes = buildLanes([token("x", "2026-11-30", "a", "gone"), token("y", "2026-11-30", "a")], timelineWindow("4w", now), "owner");
    expect(lanes.map((lane) => [lane.label, lane.inactive])).toEqual([
      ["Owner gone", true],
      ["Owner o1", false],
    ]);
  });
});
