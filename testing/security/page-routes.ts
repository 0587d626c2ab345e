import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every route in app/ whose file matches `file` (route groups removed, dynamic segments kept as written: /tokens/[id]). */
function appRoutes(file: RegExp, underApi: boolean, appDir: string): string[] {
  const routes: string[] = [];
  const walk = (folder: string, segments: string[]) => {
    for (const name of readdirSync(folder).sort()) {
      const entry = path.join(folder, name);
      if (statSync(entry).isDirectory()) {
        if ((name === "api") === underApi || segments.length > 0)
          walk(entry, /^\(.*\)$/.test(name) ? segments : [...segments, name]);
      } else if (file.test(name) && (segments[0] === "api") === underApi) {
        routes.push("/" + segments.join("/"));
      }
    }
  };
  walk(appDir, []);
  return routes.sort();
}

/** Every page route in app/: /tokens, /tokens/[id]… */
export const pageRoutes = (appDir = "app") => appRoutes(/^page\.(tsx|ts|jsx|js|mdx)$/, false, appDir);

/** Every route handler under app/api: /api/who-owns, /api/v1/tokens/[id]… */
export const apiRoutes = (appDir = "app") => appRoutes(/^route\.(ts|js)$/, true, appDir);
