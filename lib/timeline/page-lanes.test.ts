import { describe, expect, it } from "vitest";
import { tokenStatuses } from "@/lib/tokens/token-status";
import { type Lane, byUrgency, urgency } from "./build-lanes";
import { packLane, unpackLane } from "./chart-lanes";
import { lanesPerPage, pageLanes } from "./page-lanes";

const lane = (key: string, worst: Lane["worst"] = "healthy", urgent = 1): Lane => ({
  key,
  id: key,
  label: key,
  inactive: false,
  total: urgent,
  worst,
  urgent,
  cells: [],
});

describe("lanes by urgency", () => {
  it("puts the worst status first, then the lane with more tokens in it, then names in order", () => {
    const lanes = [
      lane("b healthy"),
      lane("a healthy"),
      lane("soon, one", "expiring_soon", 1),
      lane("soon, three", "expiring_soon", 3),
      lane("leaked", "compromised"),
    ].sort(byUrgency);
    expect(lanes.map(({ key }) => key)).toEqual(["leaked", "soon, three", "soon, one", "a healthy", "b healthy"]);
  });
});

describe("pageLanes", () => {
  const many = Array.from({ length: lanesPerPage * 2 + 5 }, (_, n) => lane(`lane ${String(n).padStart(2, "0")}`));

  it("shows every lane on exactly one page, in the order given", () => {
    const pages = [1, 2, 3].map((page) => pageLanes(many, { page }));
    expect(pages.map(({ lanes, page, pages, firstLane }) => [lanes.length, page, pages, firstLane])).toEqual([
      [lanesPerPage, 1, 3, 1],
      [lanesPerPage, 2, 3, lanesPerPage + 1],
      [5, 3, 3, lanesPerPage * 2 + 1],
    ]);
    expect(pages.flatMap(({ lanes }) => lanes)).toEqual(many);
    expect(pages.every(({ laneCount }) => laneCount === many.length)).toBe(true);
  });

  it("puts the viewer's own lane first on page 1, and nowhere else", () => {
    const own = many[lanesPerPage + 3].key;
    const first = pageLanes(many, { ownKey: own, page: 1 });
    const second = pageLanes(many, { ownKey: own, page: 2 });
    expect(first.lanes[0].key).toBe(own);
    expect(first.lanes.slice(1)).toEqual(many.slice(0, lanesPerPage - 1));
    expect(second.lanes.some((lane) => lane.key === own)).toBe(false);
    expect(second.lanes[0]).toBe(many[lanesPerPage - 1]);
  });

  it("shows the last page for a page past it, and one empty page when there are no lanes", () => {
    expect(pageLanes(many, { page: 99 }).page).toBe(3);
    expect(pageLanes([], { ownKey: "me" })).toEqual({ lanes: [], laneCount: 0, page: 1, pages: 1, firstLane: 1 });
  });
});

describe("urgency and packing", () => {
  it("ranks every status", () => {
    expect([...urgency].sort()).toEqual([...tokenStatuses].sort());
  });

  it("packs a lane for the chart without field names per cell, and unpacks it whole", () => {
    const token = {
      id: "t",
      name: "T",
      service: "S",
      expiresOn: new Date("2026-12-01T00:00:00Z"),
      status: "healthy" as const,
      owner: { name: "O", active: true },
    };
    const chartLane = {
      ...lane("a"),
      cells: [
        { bucket: 0, total: 9, worst: "expired" as const, tokens: null },
        { bucket: 2, total: 1, worst: "healthy" as const, tokens: [token] },
      ],
    };
    expect(packLane(chartLane).cells).toEqual([
      [0, 9, "expired"],
      [2, 1, "healthy", [token]],
    ]);
    const { key, id, label, inactive, total, cells } = chartLane;
    expect(unpackLane(packLane(chartLane))).toEqual({ key, id, label, inactive, total, cells });
  });
});
