/**
 * For a cache whose answers belong to one data version: `admit(version)` empties the cache when `version` is
 * newer than any seen before (answers kept at an older one can never be asked for again), and tells whether
 * `version` is the newest, the only one whose answers may be kept. A request that read its version just before a
 * write answers for itself and keeps nothing.
 */
export function newestDataVersion(cache: { clear(): void }) {
  let newest = -1n;
  return function admit(version: bigint): boolean {
    if (version > newest) {
      cache.clear();
      newest = version;
    }
    return version === newest;
  };
}
