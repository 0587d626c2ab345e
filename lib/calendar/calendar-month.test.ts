import { describe, expect, it } from "vitest";
import { daysAsShownInGrid, shownPerDayInGrid } from "./calendar-month";

describe("the calendar grid's days", () => {
  it("are each day's first few dates, with only the kind and the token's id, name and status, and its full count", () => {
    const dates = Array.from({ length: 8 }, (_, n) => ({
      kind: "expiry" as const,
      token: { id: `t${n}`, name: `Token ${n}`, service: "HubSpot", status: "healthy" as const, ownerName: "Ada" },
    }));
    const drawn = dates.map(({ kind, token }) => ({
      kind,
      token: { id: token.id, name: token.name, status: "healthy" },
    }));
    const days = new Map([
      ["2026-12-01", { events: dates, total: 12 }],
      ["2026-12-02", { events: dates.slice(0, 1), total: 1 }],
    ]);
    expect(daysAsShownInGrid(days)).toEqual(
      new Map([
        ["2026-12-01", { events: drawn.slice(0, shownPerDayInGrid), total: 12 }],
        ["2026-12-02", { events: drawn.slice(0, 1), total: 1 }],
      ]),
    );
    expect(shownPerDayInGrid).toBe(3);
  });
});
