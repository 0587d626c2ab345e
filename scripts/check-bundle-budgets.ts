// Part of `npm run test:e2e`, after the build: fails, naming the route, when a page's first-load
// JavaScript (gzip) grows past its budget. Sizes, not times, so the check is the same on any machine.
// The budgets themselves are in scripts/bench/bundle-budgets.ts.
import { budgetLine, budgetOf, frameworkFloorKb, kb } from "./bench/bundle-budgets";
import { firstLoadJavaScript } from "./bench/first-load-js";

const routes = firstLoadJavaScript();
const over = routes.filter((route) => route.gzipBytes > budgetOf(route.route) * 1000);
const width = Math.max(...routes.map((route) => route.route.length));
for (const route of routes) console.log(budgetLine(route.route, route.gzipBytes, width));
if (over.length > 0) {
  for (const route of over) {
    console.error(
      `First-load JavaScript of ${route.route} is ${kb(route.gzipBytes)} gzip, over its budget of ${budgetOf(route.route).toFixed(1)} kB by ${kb(route.gzipBytes - budgetOf(route.route) * 1000)}.`,
    );
  }
  console.error("Move the heavy import into a server component, or load it with a dynamic import() when it is needed.");
  process.exit(1);
}
console.log(`Every page's first-load JavaScript is within its budget (the framework floor is ${frameworkFloorKb} kB).`);
