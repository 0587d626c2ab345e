// Part of `npm run test:e2e`, after the build: fails, naming the route, when a page's first-load
// JavaScript (gzip) grows past its budget. Sizes, not times, so the check is the same on any machine.
// Budgets sit on the framework's floor: what an empty Next 16 app with this project's next and react
// already downloads (134.6 kB, measured with scripts/bench/first-load-js.ts; `npm run bench` builds
// that app and prints its figure again, so re-measure and update it after upgrading Next or React).
import { firstLoadJavaScript } from "./bench/first-load-js";

const frameworkFloorKb = 134.6;
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
const notYetWithinBudget: Record<string, number> = {
  "/people": 197,
  "/sign-in": 146,
  "/sign-in/confirm": 144.5,
  "/tokens": 157.5,
  "/tokens/[id]/edit": 199.5,
  "/tokens/[id]/runbook/edit": 182.5,
  "/tokens/import": 190.5,
  "/tokens/new": 199.5,
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** What the page should come down to: its own budget, or the one every page has. */
const aimOf = (route: string) => budgets[route] ?? everyPageKb;
const budgetOf = (route: string) => notYetWithinBudget[route] ?? aimOf(route);

const routes = firstLoadJavaScript();
const over = routes.filter((route) => route.gzipBytes > budgetOf(route.route) * 1000);
const width = Math.max(...routes.map((route) => route.route.length));
for (const route of routes) {
  const budget = budgetOf(route.route);
  const note = route.gzipBytes > budget * 1000 ? "  OVER BUDGET" : route.route in notYetWithinBudget ? `  (held; the aim is ${aimOf(route.route).toFixed(1)} kB)` : "";
  console.log(`${route.route.padEnd(width)}  ${kb(route.gzipBytes).padStart(9)}  of ${budget.toFixed(1)} kB${note}`);
}
if (over.length > 0) {
  for (const route of over) {
    console.error(`First-load JavaScript of ${route.route} is ${kb(route.gzipBytes)} gzip, over its budget of ${budgetOf(route.route).toFixed(1)} kB by ${kb(route.gzipBytes - budgetOf(route.route) * 1000)}.`);
  }
  console.error("Move the heavy import into a server component, or load it with a dynamic import() when it is needed.");
  process.exit(1);
}
console.log(`Every page's first-load JavaScript is within its budget (the framework floor is ${frameworkFloorKb} kB).`);
