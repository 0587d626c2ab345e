import path from "node:path";

/** Next's CLI, run with this Node directly so the pid we record is the server's own. */
export const nextBin = path.resolve("node_modules/next/dist/bin/next");

// Stamps each request with the socket's address, which Next itself does not pass on.
const peerAddressPreload = path.resolve("scripts/support/peer-address.cjs");

/** The environment for a Next process: no telemetry calls from a machine that may be offline. */
export const nextEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  ...extra,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, extra.NODE_OPTIONS, `--require "${peerAddressPreload}"`].filter(Boolean).join(" "),
});
