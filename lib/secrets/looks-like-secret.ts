import { containsHighEntropyString } from "./high-entropy-string";
import { containsJsonWebToken } from "./json-web-token";
import { normalisePastedText } from "./normalise-pasted-text";
import { privateKeyKind } from "./private-key-block";
import { providerKeyPatterns } from "./provider-key-patterns";
import type { SecretFinding } from "./secret-finding";

export type { SecretFinding } from "./secret-finding";

/**
 * Tokenbook's own rules, synchronous and browser-safe for instant feedback in forms. The server
 * always runs `findSecret`, which adds secretlint's rules on top of these.
 */
export function looksLikeSecret(text: string): SecretFinding | null {
  const normalisedText = normalisePastedText(text);
  for (const { kind, pattern } of providerKeyPatterns) {
    if (pattern.test(normalisedText)) return { kind };
  }
  const keyKind = privateKeyKind(normalisedText);
  if (keyKind) return { kind: keyKind };
  if (containsJsonWebToken(normalisedText)) return { kind: "a JSON Web Token" };
  if (containsHighEntropyString(normalisedText)) return { kind: "a long random string that looks like a key" };
  return null;
}
