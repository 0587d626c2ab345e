import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { env } from "@/lib/env";
import { isSameOrigin, refuseCrossSite } from "@/lib/http/same-origin";

/** The confirm button's POST: only now is the single-use token handed to Auth.js's callback. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return refuseCrossSite();
  const form = await request.formData();
  const callback = new URL("/api/auth/callback/email", env().APP_URL);
  for (const key of ["token", "email"]) {
    const value = form.get(key);
    if (typeof value === "string" && value) callback.searchParams.set(key, value);
  }
  // Only a path on this site comes back after sign-in; anything else goes Home.
  callback.searchParams.set(
    "callbackUrl",
    new URL(safeReturnPath(form.get("callbackUrl")) ?? "/", env().APP_URL).toString(),
  );
  return withPathOnlyLocation(await handlers.GET(new NextRequest(callback, { headers: request.headers })));
}

/**
 * Auth.js builds its redirect on Next's URL, which writes 127.0.0.1 and [::1] as "localhost": a
 * Tokenbook opened at http://127.0.0.1:3000 sent the browser to another origin, without its new
 * session cookie (and the page's form-action policy blocked it). Its redirects stay on this site, so
 * the Location keeps only the path, which the browser resolves against the address in use.
 */
function withPathOnlyLocation(response: Response) {
  const location = response.headers.get("location");
  if (!location) return response;
  const { pathname, search, hash } = new URL(location);
  const headers = new Headers(response.headers);
  headers.set("location", `${pathname}${search}${hash}`);
  return new Response(response.body, { status: response.status, headers });
}
