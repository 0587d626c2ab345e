// Shared between Tokenbook's web server (scripts/web-server.ts, which keeps whole answers) and the
// app that Next runs in the same process (which says which answers may be kept): the two are built
// apart, so they meet through one object on globalThis.

/** Who a session belongs to, and the data version read in the same statement. */
export type SessionIdentity = { personId: string; role: string; dataVersion: bigint };

/** A page rendered for `personId` from data at `dataVersion`, all of it read through the page cache. */
export type WholePageMark = { personId: string; dataVersion: bigint };

/** A request the web server may keep: not yet marked, marked by its page, or refused by one of its parts. */
type Awaited = "awaited" | "refused" | WholePageMark;

type Registry = {
  /** The person and data version of a session that needs nothing done to it; undefined otherwise. */
  identify?: (sessionToken: string) => Promise<SessionIdentity | undefined>;
  /** Only requests the web server is still answering: a page that marks one after it ended adds nothing. */
  marks: Map<string, Awaited>;
};

/** Stamped by the web server on each request it may keep, so the page can name the request it marks. */
export const wholePageRequestHeader = "x-tokenbook-request";

const registry = (): Registry =>
  ((globalThis as Record<symbol, Registry | undefined>)[Symbol.for("tokenbook.wholePages")] ??= { marks: new Map() });

/** The app's way to tell who a session is, set once at start (instrumentation.ts). */
export function setSessionIdentifier(identify: (sessionToken: string) => Promise<SessionIdentity | undefined>): void {
  registry().identify = identify;
}

/** The app's session identifier, when the app has set one. */
export const sessionIdentifier = () => registry().identify;

/** Said by the web server before it hands a request it may keep to Next. */
export function awaitWholePageMark(requestId: string): void {
  registry().marks.set(requestId, "awaited");
}

/** Said by a page while it renders: this request's answer may be kept for its person at that data version. */
export function markWholePage(requestId: string, mark: WholePageMark): void {
  const { marks } = registry();
  if (marks.get(requestId) === "awaited") marks.set(requestId, mark);
}

/** Said by any part of a page that reads data outside the page cache: this answer must not be kept. */
export function refuseWholePage(requestId: string): void {
  const { marks } = registry();
  if (marks.has(requestId)) marks.set(requestId, "refused");
}

/** The mark a request's page left, if any; taken once, when the answer is finished or dropped. */
export function takeWholePageMark(requestId: string): WholePageMark | undefined {
  const { marks } = registry();
  const mark = marks.get(requestId);
  marks.delete(requestId);
  return typeof mark === "object" ? mark : undefined;
}
