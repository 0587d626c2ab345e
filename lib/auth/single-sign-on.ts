import { env } from "@/lib/env";

/** The sign-in button's label when single sign-on is configured, otherwise null. */
export function singleSignOnName() {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  return OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET ? OIDC_NAME : null;
}
