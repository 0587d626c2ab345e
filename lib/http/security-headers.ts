import { env } from "@/lib/env";

/**
 * A strict policy: scripts only with this response's nonce; no framing; forms post only here (and to single sign-on).
 */
export function contentSecurityPolicy(nonce: string, development: boolean) {
  const { APP_URL, OIDC_ISSUER } = env();
  const https = APP_URL.startsWith("https:");
  const formTargets = ["'self'", OIDC_ISSUER ? new URL(OIDC_ISSUER).origin : null].filter(Boolean).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(): Record<string, string> {
  const https = env().APP_URL.startsWith("https:");
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
