import { type NextRequest, NextResponse } from "next/server";
import { isDevelopment } from "@/lib/env";
import { returnPathHeader } from "@/lib/auth/return-path";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

/**
 * Security headers and a fresh CSP nonce on every page; Next reads the nonce from the request's
 * policy header for its own scripts. Authorization is not done here but in the data layer.
 */
export function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) return undecodableAddress(request.nextUrl.pathname);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, isDevelopment);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // The page asked for, so a signed-out visitor can come back to it after signing in (always set
  // here, never taken from the client; still validated where it is used).
  const asked = new URLSearchParams(request.nextUrl.search);
  asked.delete("_rsc");
  requestHeaders.set(returnPathHeader, `${request.nextUrl.pathname}${asked.size ? `?${asked}` : ""}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  return response;
}

/**
 * Next answers an address that is not valid percent-encoding ("/tokens/%E0%A4%A") with a bare 500
 * (vercel/next.js#94278).
 */
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Such an address is refused here in words: JSON for the API, a short page otherwise. */
function undecodableAddress(pathname: string): Response {
  const message = "This address is not valid: part of it is not properly encoded. Check the link, or copy it again.";
  const headers = { ...securityHeaders(), "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/"))
    return Response.json({ error: { code: "bad_request", message, field: null } }, { status: 400, headers });
  return new Response(message, { status: 400, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
