import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every page route in app/ (route groups removed, dynamic segments kept as written: /tokens/[id]). */
export function pageRoutes(appDir = "app"): string[] {
  const routes: string[] = [];
  const walk = (folder: string, segments: string[]) => {
    for (const name of readdirSync(folder).sort()) {
      const entry = path.join(folder, name);
      if (statSync(entry).isDirectory()) {
        if (name !== "api" || segments.length > 0) walk(entry, /^\(.*\)$/.test(name) ? segments : [...segments, name]);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) {
        routes.push("/" + segments.join("/"));
      }
    }
  };
  walk(appDir, []);
  return routes.sort();
}
