// First-load JavaScript budgets per page (gzip), read by scripts/check-bundle-budgets.ts.
// Budgets sit on the framework's floor: what an empty Next 16 app with this project's next and react
// already downloads (134.6 kB, measured with scripts/bench/first-load-js.ts; `npm run bench` builds
// that app and prints its figure again, so re-measure and update it after upgrading Next or React).

export const frameworkFloorKb = 134.6;
const everyPageKb = frameworkFloorKb + 20;
/** One field each: no form library, no validation library. */
const signInPagesKb = frameworkFloorKb + 5;
const budgets: Record<string, number> = { "/sign-in": signInPagesKb, "/sign-in/confirm": signInPagesKb };

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** A page's budget: its own, or the one every page has. */
export const budgetOf = (route: string) => budgets[route] ?? everyPageKb;

/** One line of the report: the page, its size, its budget, and whether it is over. */
export function budgetLine(route: string, gzipBytes: number, width = route.length): string {
  const budget = budgetOf(route);
  const note = gzipBytes > budget * 1000 ? "  OVER BUDGET" : "";
  return `${route.padEnd(width)}  ${kb(gzipBytes).padStart(9)}  of ${budget.toFixed(1)} kB${note}`;
}
