import { describe, expect, it } from "vitest";
import { budgetLine } from "./bundle-budgets";

describe("bundle budget report", () => {
  it("names each held page's own aim: the sign-in pages aim at 139.6 kB, other pages at 154.6 kB", () => {
    expect(budgetLine("/sign-in", 145_800)).toBe("/sign-in   145.8 kB  of 146.0 kB  (held; the aim is 139.6 kB)");
    expect(budgetLine("/sign-in/confirm", 144_100)).toContain("(held; the aim is 139.6 kB)");
    expect(budgetLine("/people", 196_900)).toContain("(held; the aim is 154.6 kB)");
  });

  it("says nothing more for a page within the common budget, and OVER BUDGET past its own", () => {
    expect(budgetLine("/calendar", 145_600)).toBe("/calendar   145.6 kB  of 154.6 kB");
    expect(budgetLine("/sign-in", 146_100)).toMatch(/of 146\.0 kB {2}OVER BUDGET$/);
  });
});
