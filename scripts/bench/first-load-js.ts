// What a browser downloads before a page works: Next's shared runtime chunks (build-manifest
// rootMainFiles) plus every chunk the page's client reference manifest lists as an entry of its
// layouts and page (entryJSFiles). That union is exactly the <script src> list of the page's HTML;
// the noModule polyfill is left out, as modern browsers skip it.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export type RouteJavaScript = { route: string; files: string[]; gzipBytes: number };

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, "utf8")) as T;

function entryFiles(manifestFile: string, page: string): string[] {
  const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } };
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const manifest = sandbox.globalThis.__RSC_MANIFEST?.[page];
  if (!manifest?.entryJSFiles)
    throw new Error(`${manifestFile} has no entryJSFiles for ${page}; has Next changed its build output?`);
  return Object.values(manifest.entryJSFiles).flat();
}

/** First-load JavaScript of every page route (not API routes) of the build in `distDir`, gzip-compressed. */
export function firstLoadJavaScript(distDir = ".next"): RouteJavaScript[] {
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>(path.join(distDir, "build-manifest.json"));
  const routes = readJson<Record<string, string>>(path.join(distDir, "app-path-routes-manifest.json"));
  const gzipBytes = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!gzipBytes.has(file))
      gzipBytes.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
    return gzipBytes.get(file)!;
  };
  return Object.entries(routes)
    .filter(([page]) => page.endsWith("/page"))
    .map(([page, route]) => {
      const manifestFile = path.join(distDir, "server/app", `${page}_client-reference-manifest.js`);
      const files = [...new Set([...rootMainFiles, ...entryFiles(manifestFile, page)])];
      return { route, files, gzipBytes: files.reduce((sum, file) => sum + sizeOf(file), 0) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
