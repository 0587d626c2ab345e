// First-load JavaScript budgets per page (gzip), read by scripts/check-bundle-budgets.ts.
// Budgets sit on the framework's floor: what an empty Next 16 app with this project's next and react
// already downloads (134.6 kB, measured with scripts/bench/first-load-js.ts; `npm run bench` builds
// that app and prints its figure again, so re-measure and update it after upgrading Next or React).

export const frameworkFloorKb = 134.6;
const everyPageKb = frameworkFloorKb + 20;
/** One field each: no form library, no validation library. */
const signInPagesKb = frameworkFloorKb + 5;
const budgets: Record<string, number> = { "/sign-in": signInPagesKb, "/sign-in/confirm": signInPagesKb };
/**
 * Not yet within budget (issue 19, item 4 is open for them), held at their size so they cannot grow
 * while they wait: forms that load react-hook-form and zod up front, and the sign-in pages, which
 * carry the signed-in header's client code (the who-owns search). Re-measured after issue 18's SVG
 * status signs (lucide, 2-3 kB on pages with client forms) and issue 17's spreadsheet steps.
 */
export const notYetWithinBudget: Record<string, number> = {
  "/people": 197,
  "/sign-in": 146,
  "/sign-in/confirm": 144.5,
  "/tokens": 157.5,
  "/tokens/[id]/edit": 199.5,
  "/tokens/[id]/runbook/edit": 182.5,
  "/tokens/import": 190.5,
  "/tokens/new": 199.5,
};

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** What the page should come down to: its own budget, or the one every page has. */
export const aimOf = (route: string) => budgets[route] ?? everyPageKb;
export const budgetOf = (route: string) => notYetWithinBudget[route] ?? aimOf(route);

/** One line of the report: the page, its size, its budget, and whether it is held above its aim or over. */
export function budgetLine(route: string, gzipBytes: number, width = route.length): string {
  const budget = budgetOf(route);
  const note = gzipBytes > budget * 1000 ? "  OVER BUDGET" : route in notYetWithinBudget ? `  (held; the aim is ${aimOf(route).toFixed(1)} kB)` : "";
  return `${route.padEnd(width)}  ${kb(gzipBytes).padStart(9)}  of ${budget.toFixed(1)} kB${note}`;
}
