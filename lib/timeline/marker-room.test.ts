import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar-day";
import type { Lane, TimelineToken } from "./build-lanes";
import { markerRoom } from "./marker-room";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const week = (start: string) => ({ start: day(start), end: addDays(day(start), 7), label: start, title: start });
const buckets = [week("2026-11-30"), week("2026-12-07"), week("2026-12-14"), week("2026-12-21")];
const token = (id: string, expires: string): TimelineToken => ({
  id,
  name: id,
  service: "HubSpot",
  expiresOn: day(expires),
  status: "healthy",
  owner: { name: "Finn", active: true },
});
const lane = (cells: Lane["cells"]): Lane => ({
  key: "l",
  id: "l",
  label: "Lane",
  inactive: false,
  total: 0,
  worst: "healthy",
  urgent: 0,
  cells,
});

describe("room beside a timeline marker", () => {
  it("reaches to the next marker in the lane, and to the chart's end after the last", () => {
    const room = markerRoom(
      lane([
        { bucket: 0, total: 1, worst: "healthy", tokens: [token("a", "2026-11-30")] },
        { bucket: 2, total: 1, worst: "healthy", tokens: [token("b", "2026-12-14")] },
      ]),
      buckets,
    );
    expect(room.get("a")).toBeCloseTo(2, 5);
    expect(room.get("b")).toBeCloseTo(4 - (2 + 0.5 / 7), 5);
  });

  it("stops at a count or a square of several tokens, which get no room of their own", () => {
    const room = markerRoom(
      lane([
        { bucket: 0, total: 2, worst: "healthy", tokens: [token("a", "2026-12-01"), token("b", "2026-12-03")] },
        { bucket: 1, total: 9, worst: "expired", tokens: null },
        { bucket: 2, total: 2, worst: "healthy", tokens: [token("c", "2026-12-16"), token("d", "2026-12-16")] },
      ]),
      buckets,
    );
    expect(room.get("a")).toBeCloseTo(2 / 7, 5);
    expect(room.get("b")).toBeCloseTo(1 - 3.5 / 7, 5);
    expect(room.get("c")).toBeCloseTo(4 - (2 + 2.5 / 7), 5);
    expect(room.has("d")).toBe(false);
  });
});
