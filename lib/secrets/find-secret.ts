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

export type SecretFinder = (text: string) => Promise<SecretFinding | null>;

/**
 * findSecret that scans each distinct text once, for one check of many values (a spreadsheet's
 * cells repeat: services, people, environments). Kept only by the caller, for that one check.
 */
export function findSecretOnce(): SecretFinder {
  const seen = new Map<string, Promise<SecretFinding | null>>();
  return (text) => {
    let finding = seen.get(text);
    if (!finding) seen.set(text, (finding = findSecret(text)));
    return finding;
  };
}
