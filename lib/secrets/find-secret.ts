import { looksLikeSecret } from "./looks-like-secret";
import { normalisePastedText } from "./normalise-pasted-text";
import type { SecretFinding } from "./secret-finding";
import { scanWithSecretlint } from "./secretlint-scan";

export type { SecretFinding } from "./secret-finding";

/** Server-side check of any free text before it is saved: Tokenbook's own rules, then secretlint's. */
export async function findSecret(text: string): Promise<SecretFinding | null> {
  const ownRuleMatch = looksLikeSecret(text);
  if (ownRuleMatch) return ownRuleMatch;
  try {
    return await scanWithSecretlint(normalisePastedText(text));
  } catch {
    // Deliberately without the cause: a scanner's error could quote the text it was reading.
    throw new Error("The check for pasted secrets could not run.");
  }
}
