import path from "node:path";

/** Next's CLI, for `next build`. */
export const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** Tokenbook's web server (scripts/web-server.ts), as built beside the app by web-server-bundle.ts. */
export const webServerFile = path.resolve(".next/web-server.mjs");

/**
 * Node's own flags for the web server, the same for `npm start` and the bench. By default V8 lets a
 * busy heap grow to up to four times what survived its last full collection before collecting again:
 * loading every bench page at 10,000 tokens, the server's peak RSS was 484 MB. Collecting at twice what
 * survived kept it at 320 MB; at 1.5 times, 298 MB, but the collector then took 1–1.6 ms more of
 * every calendar or timeline request (of 12–15 ms); at 2.5 times, 370 MB. The heap limit itself is
 * unchanged (a quarter of the machine's memory, at most 4 GB), so a large import or sweep still has
 * all the room it had; it is only collected sooner. The young generation's two halves are kept at 8 MB
 * each instead of 16: under the bench's renders the server's peak RSS fell from 311–351 MB to 291–299 MB,
 * at the same server time per render (13–18 ms either way). Node refuses the first flag in NODE_OPTIONS,
 * so both go on the command line.
 */
const serverNodeFlags = ["--heap-growing-percent=100", "--max-semi-space-size=8"];

/**
 * The arguments that run the web server under this Node, so the pid we record is the server's own:
 * `{ port: 3000 }` serves the production build, `dev: true` Next's development server.
 */
export const webServerArgs = ({ port, hostname, dev }: { port: number | string; hostname?: string; dev?: boolean }) => [
  ...serverNodeFlags,
  webServerFile,
  "--port",
  String(port),
  ...(hostname ? ["--hostname", hostname] : []),
  ...(dev ? ["--dev"] : []),
];

/**
 * The environment for a Next process: no telemetry calls from a machine that may be offline, and at most
 * two malloc arenas. glibc gives each thread that allocates its own arena of up to 64 MB, and keeps what
 * it once held: under the bench's load the server's resident memory reached 585 MB with the default and
 * stayed under 400 MB with two, at the same speed. Set MALLOC_ARENA_MAX to choose otherwise.
 */
export const nextEnv = (extra: Record<string, string> = {}) => ({
  MALLOC_ARENA_MAX: "2",
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  ...extra,
});
