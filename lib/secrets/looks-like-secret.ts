import { credentialPhraseRules } from "./credential-phrases";
import { containsHighEntropyString } from "./high-entropy-string";
import { containsJsonWebToken } from "./json-web-token";
import { normalisePastedText } from "./normalise-pasted-text";
import { privateKeyKind } from "./private-key-block";
import { providerKeyPatterns } from "./provider-key-patterns";
import { looksRandom } from "./random-string";
import type { SecretFinding } from "./secret-finding";
import { splitKeyCandidates } from "./split-key";

export type { SecretFinding } from "./secret-finding";

const JWT_KIND = "a JSON Web Token";
const RANDOM_KIND = "a long random string that looks like a key";

/**
 * Tokenbook's own rules, synchronous and browser-safe for instant feedback in forms. The server
 * always runs `findSecret`, which adds secretlint's rules on top of these.
 */
export function looksLikeSecret(text: string): SecretFinding | null {
  const normalisedText = normalisePastedText(text);
  const whole = keyShapeIn(normalisedText);
  if (whole) return whole;
  const keyKind = privateKeyKind(normalisedText);
  if (keyKind) return { kind: keyKind };
  if (containsJsonWebToken(normalisedText)) return { kind: JWT_KIND };
  for (const { kind, test } of credentialPhraseRules) if (test(normalisedText)) return { kind };
  // A key cut by a space or a line break is still the key.
  for (const joined of splitKeyCandidates(normalisedText)) {
    const found = keyShapeIn(joined) ?? (containsJsonWebToken(joined) ? { kind: JWT_KIND } : null);
    if (found) return found;
    if (looksRandom(joined)) return { kind: RANDOM_KIND };
  }
  if (containsHighEntropyString(normalisedText)) return { kind: RANDOM_KIND };
  return null;
}

function keyShapeIn(text: string): SecretFinding | null {
  for (const { kind, pattern } of providerKeyPatterns) {
    if (pattern.test(text)) return { kind };
  }
  return null;
}
