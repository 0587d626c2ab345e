type QueuedImmediate = NodeJS.Immediate & { _idlePrev?: QueuedImmediate | null; _idleNext?: QueuedImmediate | null };

/**
 * Makes every later `setImmediate` drop its queue links once they are spent, so that a finished request
 * cannot keep other requests in memory. Call once, before the server loads Next.
 *
 * Why: Node 20 runs a round of Immediates as a linked list (`_idlePrev`, `_idleNext`) and leaves the links in
 * place after they run, and every Immediate holds the AsyncLocalStorage store of the request that queued it.
 * An Error made inside an Immediate keeps that Immediate, since V8 keeps each stack frame's receiver until the
 * stack is read, and React makes one at the end of every render ("This render completed successfully") and
 * keeps it with the render. Under steady load every finished request was so linked to the others: the heap
 * grew by about 120 MB over a page's 20-second load and shrank only when the load stopped.
 *
 * How: when an Immediate starts, the one queued before it has finished (Node runs them in queue order), so both
 * of its links are cut, and the starting one's link back. Node reads only the running Immediate's `_idleNext`
 * to move on, and a cleared one never runs, so the queue works as before. The replacement keeps the original's
 * properties (`util.promisify`'s form among them).
 */
export function unlinkRanImmediates() {
  const queueImmediate = globalThis.setImmediate;
  function setImmediate<Args extends unknown[]>(callback: (...args: Args) => void, ...args: Args) {
    const immediate: QueuedImmediate = queueImmediate(function startImmediate(this: unknown) {
      const finished = immediate._idlePrev;
      if (finished) finished._idlePrev = finished._idleNext = null;
      immediate._idlePrev = null;
      callback.apply(this, args);
    });
    return immediate;
  }
  const kept = Reflect.ownKeys(queueImmediate)
    .filter((key) => key !== "name" && key !== "length")
    .map((key) => [key, Object.getOwnPropertyDescriptor(queueImmediate, key)!] as const);
  Object.defineProperties(setImmediate, Object.fromEntries(kept));
  globalThis.setImmediate = setImmediate as typeof globalThis.setImmediate;
}
