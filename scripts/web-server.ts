// Tokenbook's web server: Next's own request handler behind a plain Node HTTP server, which first
// stamps what every request needs (the connection's address, a fresh CSP nonce, the page asked for)
// and sets the security headers. Next offers this as its custom server; a Next proxy did the same
// for about 1 ms a request (a quarter of what the framework itself takes for a page). It also serves a
// signed-in person's page again from its kept answer when nothing it shows has changed (lib/http/whole-page-cache.ts).
// Built with the app into .next/web-server.mjs (scripts/support/web-server-bundle.ts) and run by
// `npm start`, the tests and the bench: `node .next/web-server.mjs --port 3000 [--hostname h] [--dev]`.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { returnPathHeader } from "@/lib/auth/return-path";
import { sessionCookieName } from "@/lib/auth/session-settings";
import { peerAddressHeader } from "@/lib/http/client-address";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";
import { unlinkRanImmediates } from "@/lib/http/unlink-ran-immediates";
import { wholePageCache } from "@/lib/http/whole-page-cache";

const { values: options } = parseArgs({
  options: { port: { type: "string", default: "3000" }, hostname: { type: "string" }, dev: { type: "boolean" } },
});
const dev = options.dev ?? false;
const port = Number(options.port);
// React and Next choose their production code by NODE_ENV, which `next start` would have set (before
// Next is loaded, below).
(process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? "development" : "production";
(globalThis as Record<symbol, string>)[Symbol.for("tokenbook.peerAddressHeader")] = peerAddressHeader;
unlinkRanImmediates();

/** The request's address, or null when it is not valid percent-encoding ("/tokens/%E0%A4%A"). */
function decodableAddress(request: IncomingMessage): URL | null {
  try {
    const address = new URL(request.url ?? "/", "http://localhost");
    decodeURIComponent(address.pathname);
    return address;
  } catch {
    return null;
  }
}

/**
 * Next answers an address that is not valid percent-encoding with a bare 500 (vercel/next.js#94278);
 * such an address is refused here in words: JSON for the API, a short page otherwise.
 */
function refuseUndecodable(request: IncomingMessage, response: ServerResponse) {
  const message = "This address is not valid: part of it is not properly encoded. Check the link, or copy it again.";
  const api = (request.url ?? "").startsWith("/api/");
  response.writeHead(400, {
    "Cache-Control": "no-store",
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
  });
  response.end(api ? JSON.stringify({ error: { code: "bad_request", message, field: null } }) : message);
}

/**
 * What Next and the app read from each request; anything a client sent under these names is replaced.
 * Returns the request's CSP nonce.
 */
function stampRequest(request: IncomingMessage, response: ServerResponse, address: URL) {
  request.headers[peerAddressHeader] = request.socket.remoteAddress ?? "";
  // Next gives its own scripts the nonce it finds in the request's policy header.
  const nonce = Buffer.from(randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, dev);
  request.headers["content-security-policy"] = policy;
  response.setHeader("Content-Security-Policy", policy);
  // The page asked for, so a signed-out visitor can come back to it after signing in (validated where used).
  const returnPath = new URL(address);
  returnPath.searchParams.delete("_rsc");
  request.headers[returnPathHeader] = `${returnPath.pathname}${returnPath.search}`;
  return nonce;
}

async function main() {
  const { default: next } = await import("next");
  const app = next({ dev, hostname: options.hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const fixedHeaders = Object.entries(securityHeaders());
  // Off in development, where pages change as their code is edited.
  const answer = dev ? null : wholePageCache({ sessionCookie: sessionCookieName() });
  const server = createServer((request, response) => {
    for (const [name, value] of fixedHeaders) response.setHeader(name, value);
    const address = decodableAddress(request);
    if (!address) return refuseUndecodable(request, response);
    const nonce = stampRequest(request, response, address);
    const render = () => void handle(request, response);
    if (!answer) return render();
    answer(request, response, address, nonce, render).catch((error: unknown) => {
      console.error("[tokenbook] A kept page could not be served:", error);
      if (!response.headersSent) render();
      else response.destroy();
    });
  });
  server.listen(port, options.hostname, () =>
    console.log(`[tokenbook] Listening on ${options.hostname ?? "all addresses"}, port ${port}.`),
  );
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop).once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
