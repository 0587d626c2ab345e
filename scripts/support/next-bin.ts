import path from "node:path";

/** Next's CLI, run with this Node directly so the pid we record is the server's own. */
export const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** The environment for a Next process: no telemetry calls from a machine that may be offline. */
export const nextEnv = (extra: Record<string, string> = {}) => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra });
