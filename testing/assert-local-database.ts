const loopbackHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Tests create and drop databases: refuse anything that is not on this machine's loopback. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!loopbackHosts.has(host) && !host.startsWith("127.")) {
    throw new Error(`Tests only run against a PostgreSQL server on loopback, not on "${host}".`);
  }
}
