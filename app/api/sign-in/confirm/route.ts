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
  return handlers.GET(new NextRequest(callback, { headers: request.headers }));
}
