import { env } from "@/lib/env";

/** Mutating route handlers accept only requests whose Origin is Tokenbook's own address. */
export function isSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  return origin !== null && origin === new URL(env().APP_URL).origin;
}

export function refuseCrossSite() {
  return new Response("This request came from another site and was refused.", { status: 403 });
}
