import type { SecretFinding } from "./secret-finding";

/** Refusal shown when a field holds a secret. Built only from fixed words, never from the pasted value. */
export function secretRefusalMessage(finding: SecretFinding, fieldLabel: string): string {
  return (
    `“${fieldLabel}” looks like it contains the secret itself (${finding.kind}). ` +
    "Tokenbook keeps where a secret is stored, never the secret. " +
    "Remove it and write where it lives instead, for example “1Password › Marketing vault”."
  );
}
