import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { isSameOrigin, refuseCrossSite } from "@/lib/http/same-origin";

export const { GET } = handlers;

/** Auth.js's own CSRF token guards its forms too; the Origin check refuses other sites before it runs. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return refuseCrossSite();
  return handlers.POST(request);
}
