import { randomUUID } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeader, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { newestDataVersion } from "@/lib/page-cache/newest-data-version";
import { quarterHour } from "@/lib/page-cache/quarter-hour";
import {
  awaitWholePageMark,
  sessionIdentifier,
  takeWholePageMark,
  type SessionIdentity,
  wholePageRequestHeader,
} from "@/lib/page-cache/whole-page-registry";

/**
 * A kept answer: its status, its headers cut where the nonce it was rendered with stood, and its body as Next
 * wrote it (compressed, most often to a fifth) with that nonce and the coding to undo.
 */
type KeptAnswer = { status: number; headers: [string, string[]][]; body: Buffer; coding: string; nonce: Buffer };

/** What decides a page's answer besides the person, the data and the time (Next's own `Vary`, less Accept-Encoding). */
const routerHeaders = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
/** Set anew for every answer, or describing one transfer rather than the page. */
const unkeptHeaders = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "content-security-policy",
  "set-cookie",
]);
/** Larger answers are not kept (the biggest page at 10,000 tokens is under 100 kB). */
const largestKeptBytes = 1_000_000;

const readCookie = (header: string | undefined, name: string) =>
  header
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);

const splitAt = (text: Buffer, nonce: Buffer): Buffer[] => {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = text.indexOf(nonce); at !== -1; at = text.indexOf(nonce, from)) {
    parts.push(text.subarray(from, at));
    from = at + nonce.length;
  }
  return [...parts, text.subarray(from)];
};

const joinWith = (parts: Buffer[], nonce: Buffer) =>
  Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [nonce, part])));

/** Whether the client takes gzip: named with a weight above 0, or "*" above 0 when gzip is not named (RFC 9110, 12.5.3). */
function acceptsGzip(request: IncomingMessage) {
  const weights = new Map(
    String(request.headers["accept-encoding"] ?? "")
      .toLowerCase()
      .split(",")
      .map((entry): [string, number] => {
        const [coding, ...parameters] = entry.split(";").map((part) => part.trim());
        const weight = parameters.find((parameter) => parameter.startsWith("q="));
        return [coding, weight === undefined ? 1 : Number(weight.slice(2))];
      }),
  );
  return (weights.get("gzip") ?? weights.get("*") ?? 0) > 0;
}

/** What Next wrote, as it was before Next compressed it for this client, by the coding Next used. */
const decoders: Record<string, (body: Buffer) => Buffer> = {
  "": (body) => body,
  gzip: gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

// The address keeps Next's `_rsc` check value: a request whose value does not match its router headers misses,
// and Next sends it to the right one as it always does.
function keyOf(identity: SessionIdentity, request: IncomingMessage, address: URL, now: number) {
  return JSON.stringify([
    identity.personId,
    identity.role,
    identity.dataVersion.toString(),
    quarterHour(now),
    `${address.pathname}${address.search}`,
    ...routerHeaders.map((name) => request.headers[name] ?? null),
  ]);
}

function replay(kept: KeptAnswer, request: IncomingMessage, response: ServerResponse, nonce: Buffer) {
  for (const [name, value] of kept.headers)
    response.setHeader(
      name,
      value.length === 1
        ? value[0]
        : joinWith(
            value.map((part) => Buffer.from(part)),
            nonce,
          ).toString(),
    );
  let body = joinWith(splitAt(decoders[kept.coding](kept.body), kept.nonce), nonce);
  if (acceptsGzip(request)) {
    body = gzipSync(body);
    response.setHeader("Content-Encoding", "gzip");
  }
  response.setHeader("Content-Length", body.length);
  response.writeHead(kept.status).end(body);
}

/** Copies what Next writes to `response`, and hands the finished answer to `keep` if it can be kept. */
function record(response: ServerResponse, nonce: Buffer, keep: (answer: KeptAnswer) => void) {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const copy = (chunk: unknown, encoding: unknown) => {
    if (bytes > largestKeptBytes || chunk === undefined || chunk === null || typeof chunk === "function") return;
    // A written chunk is never changed afterwards (streams may still be holding it), so a view of it will do.
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from((chunk as Uint8Array).buffer, (chunk as Uint8Array).byteOffset, (chunk as Uint8Array).byteLength);
    chunks.push(buffer);
    bytes += buffer.length;
  };
  const { write, end } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  response.once("finish", () => {
    const type = String(response.getHeader("content-type") ?? "");
    if (response.statusCode !== 200 || bytes > largestKeptBytes || response.hasHeader("set-cookie")) return;
    if (!/^text\/(html|x-component)\b/.test(type)) return;
    const coding = String(response.getHeader("content-encoding") ?? "").toLowerCase();
    if (!Object.hasOwn(decoders, coding)) return;
    const headers = Object.entries(response.getHeaders())
      .filter(([name]) => !unkeptHeaders.has(name))
      .map(([name, value]): [string, string[]] => [
        name,
        splitAt(Buffer.from(String(value as OutgoingHttpHeader)), nonce).map(String),
      ]);
    keep({ status: 200, headers, body: Buffer.concat(chunks, bytes), coding, nonce });
  });
}

/**
 * Whole answers of signed-in pages, kept for the person they were rendered for, so the next request for
 * the same page by the same person skips rendering. A page opts in while it renders (keepWholePage in
 * lib/page-cache), and only does so when all its data came through the page cache; such an answer depends
 * only on the person (id and role), the address, Next's router headers, the data version and the quarter
 * hour, which together are its key. Each request still reads its session (one statement, which also reads
 * the data version), so a signed-out, expired or deactivated person, or any write anywhere, is never served
 * a kept answer. A kept answer lives at most `maxAgeMs`, which bounds anything a page shows of the time
 * beyond its quarter hour (an admin's "the reminder sweep is overdue"). The page's CSP nonce is replaced by
 * the request's own. A body is kept as Next compressed it, and is opened, given the new nonce and compressed
 * again for each request. A write drops every kept answer at once, since none can be asked for again.
 * @param sessionCookie the session cookie's name.
 * @param maxBytes the most bytes of bodies kept, as Next compressed them (a page at 10,000 tokens is 10–20 kB);
 *   the answers used least recently are dropped first.
 * @param maxAgeMs how long one answer is kept at most, in milliseconds.
 */
export function wholePageCache({
  sessionCookie,
  maxBytes = 8_000_000,
  maxAgeMs = 60_000,
}: {
  sessionCookie: string;
  maxBytes?: number;
  maxAgeMs?: number;
}) {
  const kept = new LRUCache<string, KeptAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer) => answer.body.length,
    ttl: maxAgeMs,
  });
  const isNewest = newestDataVersion(kept);

  /**
   * Answers `request` from a kept answer, or has Next answer it (`handle`) and keeps the answer if its page
   * asked. `nonce` is this request's CSP nonce.
   */
  return async function answer(
    request: IncomingMessage,
    response: ServerResponse,
    address: URL,
    nonce: string,
    handle: () => void,
  ) {
    delete request.headers[wholePageRequestHeader];
    const identify = sessionIdentifier();
    const sessionToken = readCookie(request.headers.cookie, sessionCookie);
    const page = request.method === "GET" && !/^\/(api|_next)\//.test(address.pathname);
    if (!identify || !sessionToken || !page) return handle();
    // A database that cannot be reached is the app's to explain, on its own page.
    const identity = await identify(sessionToken).catch(() => undefined);
    if (!identity || !isNewest(identity.dataVersion)) return handle();
    const key = keyOf(identity, request, address, Date.now());
    const found = kept.get(key);
    const nonceBytes = Buffer.from(nonce);
    if (found) return replay(found, request, response, nonceBytes);
    const requestId = randomUUID();
    request.headers[wholePageRequestHeader] = requestId;
    awaitWholePageMark(requestId);
    response.once("close", () => takeWholePageMark(requestId));
    record(response, nonceBytes, (answer) => {
      const mark = takeWholePageMark(requestId);
      if (
        isNewest(identity.dataVersion) &&
        mark?.personId === identity.personId &&
        mark.dataVersion === identity.dataVersion
      )
        kept.set(key, answer);
    });
    handle();
  };
}
