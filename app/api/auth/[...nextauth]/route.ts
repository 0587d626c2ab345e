import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { answerSignInRequest } from "@/lib/auth/answer-sign-in-request";
import { emailLinkCallbackPath, emailSignInPath, linkToConfirmPage, signInAnswerPage } from "@/lib/auth/auth-endpoints";
import { signInSchema } from "@/lib/auth/schema";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { isSameOrigin, refuseCrossSite } from "@/lib/http/same-origin";

/**
 * A sign-in link is used only by the confirm page's POST (app/api/sign-in/confirm), never by opening
 * the callback: a link opened by a mail scanner, or an attacker's link opened by someone else,
 * lands on the confirm page and signs nobody in.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === emailLinkCallbackPath)
    return NextResponse.redirect(linkToConfirmPage(request.nextUrl.searchParams), 303);
  return handlers.GET(request);
}

/** Auth.js's own CSRF token guards its forms too; the Origin check refuses other sites before it runs. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return refuseCrossSite();
  const path = request.nextUrl.pathname;
  if (path === emailLinkCallbackPath)
    return NextResponse.redirect(linkToConfirmPage(request.nextUrl.searchParams), 303);
  // Auth.js's own email sign-in would answer differently for known and unknown addresses: the
  // request takes Tokenbook's own path instead, with the same limits and the same answer for all.
  if (path === emailSignInPath) {
    const form = await request.formData().catch(() => new FormData());
    const parsed = signInSchema.safeParse({ email: form.get("email") ?? "" });
    const outcome = parsed.success
      ? await answerSignInRequest(parsed.data.email, clientAddress(request.headers))
      : null;
    return NextResponse.redirect(new URL(signInAnswerPage(outcome), env().APP_URL), 303);
  }
  return handlers.POST(request);
}
