import { LRUCache } from "lru-cache";
import { deepFreeze } from "./deep-freeze";
import { newestDataVersion } from "./newest-data-version";
import { quarterHour } from "./quarter-hour";
import { readDataVersion } from "./read-data-version";

/**
 * Kept answers, oldest use dropped first; each is one page's data (a few kB to a few hundred kB). Only
 * settled data is kept, never a promise: under Node 20 a promise holds on to the whole request it was
 * created in (its AsyncLocalStorage stores: the request, the response, React's render), and through
 * React's finished renders to the requests after it, so kept promises held hundreds of pages.
 */
const kept = new LRUCache<string, { data: unknown }>({ max: 300 });
/** Reads under way, shared by the requests that ask for the same answer meanwhile; dropped when settled. */
const reading = new Map<string, Promise<unknown>>();
const isNewest = newestDataVersion(kept);

/**
 * Page data shared by the requests that ask for the same thing while nothing it depends on has
 * changed. `read` runs once per (data version, quarter hour, `key`); its answer is frozen and given to
 * every later request with the same key until a write moves the data version, which drops every kept
 * answer at once (so a busy writer cannot fill memory with answers nobody will ask for). A failed read
 * is not kept. Because the version is read before the data, kept data is never older than its version.
 * @param key everything `read` depends on besides the database and the time: the person it is read
 *   for (id and role) and the page's parameters; JSON-serialisable.
 * @param now the time the page is rendered for.
 * @param dataVersion the data version, when the caller has read it already, before the data (with the session).
 */
export async function readThroughPageCache<T>(
  key: readonly unknown[],
  now: Date,
  read: () => Promise<T>,
  dataVersion?: bigint,
): Promise<T> {
  const version = dataVersion ?? (await readDataVersion());
  if (!isNewest(version)) return read();
  const cacheKey = JSON.stringify([version.toString(), quarterHour(now), ...key]);
  const known = kept.get(cacheKey);
  if (known) return known.data as T;
  const underWay = reading.get(cacheKey) as Promise<T> | undefined;
  if (underWay) return underWay;
  const pending = read().then(deepFreeze);
  reading.set(cacheKey, pending);
  try {
    const data = await pending;
    if (isNewest(version)) kept.set(cacheKey, { data });
    return data;
  } finally {
    reading.delete(cacheKey);
  }
}
