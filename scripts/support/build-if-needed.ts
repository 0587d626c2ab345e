import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nextBin, nextEnv, webServerFile } from "./next-bin";
import { bundleWebServer } from "./web-server-bundle";

const sources = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "scripts/web-server.ts",
  "prisma/schema.prisma",
  "package-lock.json",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
];
const skipped = new Set(["node_modules", "generated"]);
const stampFile = ".next/tokenbook-source-hash";

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (!skipped.has(name) && !name.endsWith(".test.ts")) yield* files(path.join(entry, name));
  }
}

/** A hash of everything that goes into the production build. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const source of sources) {
    for (const file of files(source)) hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    existsSync(".next/BUILD_ID") &&
    existsSync(webServerFile) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === sourceHash()
  );
}

/** Runs `next build` and builds the web server unless the build on disk was made from the same sources. */
export function buildIfNeeded(log: (line: string) => void) {
  if (buildIsCurrent()) return;
  // Taken before building: a source changed while the build runs leaves the build stale, not stamped current.
  const builtFrom = sourceHash();
  log("Building Tokenbook (first start or changed sources)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: nextEnv() });
  if (result.status !== 0) throw new Error("The build failed; see the messages above.");
  bundleWebServer();
  writeFileSync(stampFile, builtFrom);
}
