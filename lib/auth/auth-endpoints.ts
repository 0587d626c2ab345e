import { env } from "@/lib/env";

export const emailLinkCallbackPath = "/api/auth/callback/email";
export const emailSignInPath = "/api/auth/signin/email";

/** The confirm page for a link's token and address, where only a button press uses it. */
export function linkToConfirmPage(params: URLSearchParams): URL {
  const page = new URL("/sign-in/confirm", env().APP_URL);
  for (const key of ["token", "email"]) {
    const value = params.get(key);
    if (value && value.length <= 500) page.searchParams.set(key, value);
  }
  return page;
}

/** Where a sign-in request sent to Auth.js's endpoint is answered: the same page for every address. */
export function signInAnswerPage(outcome: { sent: boolean; message: string } | null): string {
  if (!outcome) return "/sign-in";
  const wait = /Wait (\d+) minute/.exec(outcome.message)?.[1];
  return outcome.sent || !wait ? "/sign-in?requested=1" : `/sign-in?wait=${wait}`;
}
