import { describe, expect, it } from "vitest";
import { daysAsShownInGrid, shownPerDayInGrid } from "./calendar-month";

describe("the calendar grid's days", () => {
  it("are each day's first few dates and its full count, nothing more", () => {
    const dates = Array.from({ length: 8 }, (_, n) => ({ kind: "expiry", name: `Token ${n}` }));
    const days = new Map([
      ["2026-12-01", { events: dates, total: 12 }],
      ["2026-12-02", { events: dates.slice(0, 1), total: 1 }],
    ]);
    expect(daysAsShownInGrid(days)).toEqual(
      new Map([
        ["2026-12-01", { events: dates.slice(0, shownPerDayInGrid), total: 12 }],
        ["2026-12-02", { events: dates.slice(0, 1), total: 1 }],
      ]),
    );
    expect(shownPerDayInGrid).toBe(3);
  });
});
