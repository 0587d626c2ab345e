import { randomUUID } from "node:crypto";
import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  markWholePage,
  refuseWholePage,
  setSessionIdentifier,
  wholePageRequestHeader,
} from "@/lib/page-cache/whole-page-registry";
import { wholePageCache } from "./whole-page-cache";

// The web server's side, over real HTTP on loopback: `render` stands in for Next (it writes a page with the
// request's nonce and, for pages that ask, marks the request as the app's keepWholePage does). The app's
// side (which pages mark, and their freshness after a write) is driven in e2e/whole-page-cache.spec.ts.
const sessions: Record<string, { personId: string; role: string }> = {
  "token-of-ann": { personId: "ann", role: "viewer" },
  "token-of-bob": { personId: "bob", role: "viewer" },
};
let dataVersion = 1n;
let renders: string[] = [];
let stampsSeen: string[] = [];
let server: Server;
let base: string;

function render(request: IncomingMessage, response: ServerResponse, nonce: string) {
  const url = new URL(request.url ?? "/", "http://localhost");
  const token = /session=([^;]+)/.exec(request.headers.cookie ?? "")?.[1] ?? "";
  const person = sessions[token]?.personId ?? "nobody";
  renders.push(`${person} ${url.pathname}`);
  const requestId = request.headers[wholePageRequestHeader];
  if (typeof requestId === "string") stampsSeen.push(requestId);
  if (url.pathname === "/slow") {
    // Marks only once the client has given up, as a slow page would.
    response.once(
      "close",
      () => typeof requestId === "string" && markWholePage(requestId, { personId: person, dataVersion }),
    );
    return;
  }
  if (typeof requestId === "string" && !url.pathname.startsWith("/unmarked"))
    markWholePage(requestId, { personId: person, dataVersion });
  if (typeof requestId === "string" && url.pathname === "/refused") refuseWholePage(requestId);
  const status = url.pathname === "/missing" ? 404 : 200;
  // As Next does for a client that takes it.
  const zipped = /gzip/.test(String(request.headers["accept-encoding"]));
  response.writeHead(status, {
    ...(zipped ? { "Content-Encoding": "gzip" } : {}),
    "Content-Type": request.headers.rsc ? "text/x-component" : "text/html; charset=utf-8",
    Link: `</style.css>; rel=preload; nonce="${nonce}"`,
    ...(url.pathname === "/sets-cookie" ? { "Set-Cookie": "seen=1" } : {}),
  });
  const body = `<html><script nonce="${nonce}">1</script><p>${person} at ${dataVersion} ${"x".repeat(2000)}</p><script nonce="${nonce}">2</script></html>`;
  if (zipped) return response.end(gzipSync(body));
  response.write(body.slice(0, 40));
  response.end(body.slice(40));
}

beforeAll(async () => {
  setSessionIdentifier(async (token) => {
    const session = sessions[token];
    return session && { ...session, dataVersion };
  });
  // Room for a page as gzip writes it (about 150 bytes), not for the same page plain (about 2 kB).
  const answer = wholePageCache({ sessionCookie: "session", maxAgeMs: 60_000, maxBytes: 1_500 });
  server = createServer((request, response) => {
    const nonce = Buffer.from(randomUUID()).toString("base64");
    response.setHeader("X-Nonce", nonce);
    void answer(request, response, new URL(request.url ?? "/", "http://localhost"), nonce, () =>
      render(request, response, nonce),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  renders = [];
  stampsSeen = [];
  dataVersion += 1n;
});

const get = (path: string, session: string | null, headers: Record<string, string> = {}, signal?: AbortSignal) =>
  fetch(`${base}${path}`, {
    headers: { ...(session ? { cookie: `theme=1; session=${session}` } : {}), ...headers },
    signal,
  });

/** Node's own client, which (unlike fetch) asks for no compression unless told to. */
async function rawGet(path: string, headers: Record<string, string>) {
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    httpGet(`${base}${path}`, { headers: { cookie: "session=token-of-ann", ...headers } }, resolve).on("error", reject),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return { headers: response.headers, body: Buffer.concat(chunks) };
}

async function page(path: string, session: string | null, headers: Record<string, string> = {}) {
  const response = await get(path, session, headers);
  return { response, text: await response.text(), nonce: response.headers.get("x-nonce")! };
}

describe("wholePageCache", () => {
  it("renders a marked page once per person and serves it again with the request's own nonce", async () => {
    const first = await page("/tokens?sort=name", "token-of-ann");
    const second = await page("/tokens?sort=name", "token-of-ann");
    expect(renders).toEqual(["ann /tokens"]);
    expect(second.response.status).toBe(200);
    expect(second.text).toBe(first.text.replaceAll(first.nonce, second.nonce));
    expect(second.text).toContain(`<script nonce="${second.nonce}">2</script>`);
    expect(second.text).not.toContain(first.nonce);
    expect(second.response.headers.get("link")).toBe(`</style.css>; rel=preload; nonce="${second.nonce}"`);
    expect(second.response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("never gives one person's page to another, and renders again after any write", async () => {
    await page("/", "token-of-ann");
    const bob = await page("/", "token-of-bob");
    expect(bob.text).toContain("<p>bob at");
    dataVersion += 1n;
    const after = await page("/", "token-of-ann");
    expect(after.text).toContain(`<p>ann at ${dataVersion} `);
    expect(renders).toEqual(["ann /", "bob /", "ann /"]);
  });

  it("keeps the address's query and Next's router headers apart", async () => {
    await page("/tokens?page=1", "token-of-ann");
    await page("/tokens?page=2", "token-of-ann");
    await page("/tokens?page=1", "token-of-ann", { rsc: "1" });
    await page("/tokens?page=1&_rsc=abc", "token-of-ann", { rsc: "1" });
    await page("/tokens?page=1&_rsc=abc", "token-of-ann", { rsc: "1" });
    // Next checks `_rsc` against the router headers: a different value is Next's to answer.
    await page("/tokens?page=1&_rsc=other", "token-of-ann", { rsc: "1" });
    expect(renders).toEqual(["ann /tokens", "ann /tokens", "ann /tokens", "ann /tokens", "ann /tokens"]);
  });

  it("keeps nothing a page did not ask for, nor an error, a cookie, a stranger's page or a client's own stamp", async () => {
    for (let round = 0; round < 2; round++) {
      await page("/unmarked", "token-of-ann");
      await page("/missing", "token-of-ann");
      await page("/sets-cookie", "token-of-ann");
      await page("/", null);
      await page("/", "token-of-nobody");
      await page("/api/health", "token-of-ann");
      await page("/", null, { [wholePageRequestHeader]: "chosen-by-client" });
      await page("/", "token-of-nobody", { [wholePageRequestHeader]: "chosen-by-client" });
      await page("/refused", "token-of-ann");
    }
    expect(renders).toHaveLength(18);
    expect(stampsSeen).not.toContain("chosen-by-client");
  });

  it("keeps a page Next compressed as it was, and compresses it for each client that takes gzip", async () => {
    await rawGet("/calendar", { "accept-encoding": "gzip" });
    const zipped = await rawGet("/calendar", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toContain("<p>ann at");
    const plain = await rawGet("/calendar", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    expect(plain.body.toString()).toContain("<p>ann at");
    const refusing = await rawGet("/calendar", { "accept-encoding": "gzip;q=0, identity" });
    expect(refusing.headers["content-encoding"]).toBeUndefined();
    expect(refusing.body.toString()).toContain("<p>ann at");
    const anything = await rawGet("/calendar", { "accept-encoding": "*" });
    expect(gunzipSync(anything.body).toString()).toContain("<p>ann at");
    expect(renders).toEqual(["ann /calendar"]);
  });

  it("counts a kept page's bytes as Next wrote them, compressed when the client took it", async () => {
    await rawGet("/plain", {});
    await rawGet("/plain", {});
    await rawGet("/zipped", { "accept-encoding": "gzip" });
    const again = await rawGet("/zipped", { "accept-encoding": "gzip" });
    expect(gunzipSync(again.body).toString()).toContain("<p>ann at");
    expect(renders).toEqual(["ann /plain", "ann /plain", "ann /zipped"]);
  });

  it("forgets a request whose client left before its page said it may be kept", async () => {
    const marks = (globalThis as Record<symbol, { marks: Map<string, unknown> }>)[Symbol.for("tokenbook.wholePages")]
      .marks;
    const before = marks.size;
    const left = new AbortController();
    const asked = get("/slow", "token-of-ann", {}, left.signal).catch(() => undefined);
    await expect.poll(() => renders.length).toBe(1);
    left.abort();
    await asked;
    await expect.poll(() => marks.size).toBe(before);
  });

  it("lets Next answer when the session cannot be read", async () => {
    setSessionIdentifier(() => Promise.reject(new Error("database unreachable")));
    try {
      expect((await page("/", "token-of-ann")).text).toContain("<p>ann at");
      expect((await page("/", "token-of-ann")).text).toContain("<p>ann at");
      expect(renders).toEqual(["ann /", "ann /"]);
    } finally {
      setSessionIdentifier(async (token) => sessions[token] && { ...sessions[token], dataVersion });
    }
  });
});
