import { describe, expect, it } from "vitest";
import { isOrderDependentDate, readDate } from "./read-date";

describe("reading dates as spreadsheets write them", () => {
  it.each([
    ["46387", "", "2026-12-31"],
    ["46387.5", "", "2026-12-31"],
    ["12/31/2026 0:00", "mdy", "2026-12-31"],
    ["31/12/2026 14:30", "dmy", "2026-12-31"],
    ["12/31/2026, 9:05 PM", "mdy", "2026-12-31"],
    ["2026-12-31 00:00", "", "2026-12-31"],
    ["2026-12-31T09:30:00Z", "", "2026-12-31"],
    ["2026-12-31T09:30:00.000Z", "", "2026-12-31"],
    ["31 Dec 2026", "", "2026-12-31"],
  ] as const)("reads %s as %s", (cell, order, date) => {
    expect(readDate(cell, order)).toEqual({ date });
  });

  it("still asks the order for 03/04/2026 with a time, and keeps 31.12.9999 0:00 as never ending", () => {
    expect(isOrderDependentDate("03/04/2026 0:00")).toBe(true);
    expect(readDate("03/04/2026 0:00", "")).toEqual({ problem: expect.stringContaining("date order") });
    expect(readDate("31.12.9999 0:00", "")).toEqual({ neverEnds: true });
  });

  it("refuses serial numbers outside the years Tokenbook accepts, and plain numbers", () => {
    expect(readDate("10000", "")).toEqual({ problem: expect.stringContaining("outside the years") });
    expect(readDate("4638", "")).toEqual({ problem: expect.stringContaining("isn't a date") });
  });
});
