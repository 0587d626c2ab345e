// Part of `npm run test:e2e`, after the build: fails, naming the route, when a page's first-load
// JavaScript (gzip) grows past its budget. Sizes, not times, so the check is the same on any machine.
// The budget sits above the floor that React 19 + Next 16's own runtime and the root layout already
// take (≈ 139 kB), so it catches a heavy library pulled into a client component, not the framework.
import { firstLoadJavaScript } from "./bench/first-load-js";

const budgetKb = 200;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const routes = firstLoadJavaScript();
const over = routes.filter((route) => route.gzipBytes > budgetKb * 1000);
const width = Math.max(...routes.map((route) => route.route.length));
for (const route of routes) {
  console.log(`${route.route.padEnd(width)}  ${kb(route.gzipBytes).padStart(9)}${route.gzipBytes > budgetKb * 1000 ? "  OVER BUDGET" : ""}`);
}
if (over.length > 0) {
  for (const route of over) {
    console.error(`First-load JavaScript of ${route.route} is ${kb(route.gzipBytes)} gzip, over its budget of ${budgetKb} kB by ${kb(route.gzipBytes - budgetKb * 1000)}.`);
  }
  console.error("Move the heavy import into a server component, or load it with a dynamic import() when it is needed.");
  process.exit(1);
}
console.log(`Every page's first-load JavaScript is within ${budgetKb} kB gzip.`);
