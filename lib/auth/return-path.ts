/** The request header, set by the web server (scripts/web-server.ts), that names the page a signed-out visitor asked for. */
export const returnPathHeader = "x-tokenbook-return-path";

/**
 * Where to go after signing in: a path on this site only. Anything else — another origin
 * ("//evil.example", "https://evil.example", "/\evil"), a script URL, the sign-in pages themselves
 * or text that is not a string — is no return path at all, and the caller goes Home.
 */
export function safeReturnPath(value: unknown, appOrigin?: string, { signInPages = false } = {}): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  // Browsers read "\" as "/", and ignore tabs and newlines inside URLs: refuse both outright.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let candidate = value;
  if (appOrigin && !value.startsWith("/")) {
    if (!URL.canParse(value) || new URL(value).origin !== new URL(appOrigin).origin) return null;
    const absolute = new URL(value);
    candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return null;
  const base = "http://return-path.invalid";
  const parsed = new URL(candidate, base);
  if (parsed.origin !== base) return null;
  const isSignIn = parsed.pathname === "/sign-in" || parsed.pathname.startsWith("/sign-in/");
  if ((isSignIn && !signInPages) || parsed.pathname.startsWith("/api/")) return null;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The sign-in page, remembering the page to come back to when there is a safe one. */
export function signInHref(returnPath: unknown): string {
  const path = safeReturnPath(returnPath);
  return path && path !== "/" ? `/sign-in?${new URLSearchParams({ callbackUrl: path })}` : "/sign-in";
}
