/**
 * Whether the provider's word on the email address is good enough to sign an invited person in.
 * A provider that says the address is verified is believed; one that says it is not, never. Some
 * (Microsoft Entra ID) leave `email_verified` out: only when the admin marks the provider as
 * trusted for email (OIDC_TRUST_EMAIL=true) is the address then accepted as given.
 */
export function oidcEmailAccepted(
  profile: { email_verified?: unknown } | undefined,
  trustProviderEmail: boolean,
): boolean {
  const verified = profile?.email_verified;
  if (verified === true || verified === "true") return true;
  return verified === undefined && trustProviderEmail;
}
