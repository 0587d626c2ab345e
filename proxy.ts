import { type NextRequest, NextResponse } from "next/server";
import { isDevelopment } from "@/lib/env";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

/**
 * Security headers and a fresh CSP nonce on every page; Next reads the nonce from the request's
 * policy header for its own scripts. Authorization is not done here but in the data layer.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, isDevelopment);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
