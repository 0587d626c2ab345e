import { buildSync } from "esbuild";
import { webServerFile } from "./next-bin";

/**
 * Builds scripts/web-server.ts and the few modules of lib it uses into one file Node runs as is;
 * packages stay in node_modules. Running the TypeScript through a loader instead cost the server
 * 130 MB of memory.
 */
export function bundleWebServer() {
  buildSync({
    entryPoints: ["scripts/web-server.ts"],
    outfile: webServerFile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
}
