import { describe, expect, it } from "vitest";
import { budgetLine, budgetOf } from "./bundle-budgets";

describe("bundle budgets", () => {
  it("holds the issue's numbers: the sign-in pages at the floor + 5 kB, every other page at the floor + 20 kB", () => {
    expect(budgetOf("/sign-in")).toBeCloseTo(139.6);
    expect(budgetOf("/sign-in/confirm")).toBeCloseTo(139.6);
    for (const route of [
      "/",
      "/people",
      "/tokens",
      "/tokens/new",
      "/tokens/[id]/edit",
      "/tokens/[id]/runbook/edit",
      "/tokens/import",
    ]) {
      expect(budgetOf(route)).toBeCloseTo(154.6);
    }
  });

  it("says nothing more for a page within its budget, and OVER BUDGET past it", () => {
    expect(budgetLine("/calendar", 145_600)).toBe("/calendar   145.6 kB  of 154.6 kB");
    expect(budgetLine("/sign-in", 139_600)).toBe("/sign-in   139.6 kB  of 139.6 kB");
    expect(budgetLine("/sign-in", 139_700)).toMatch(/of 139\.6 kB {2}OVER BUDGET$/);
    expect(budgetLine("/people", 154_700)).toMatch(/of 154\.6 kB {2}OVER BUDGET$/);
  });
});
