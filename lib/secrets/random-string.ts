import { COMMON_LETTER_PAIRS } from "./common-letter-pairs";

export const MIN_RANDOM_STRING_LENGTH = 32;
const MIN_ENTROPY_BITS_PER_CHAR = 4.0;
const MIN_HEX_ENTROPY_BITS_PER_CHAR = 3.0;
const MAX_COMMON_PAIR_SHARE = 0.7;
const HEX_ONLY = /^[0-9a-fA-F]+$/;
const LETTER = /[A-Za-z]/;

/**
 * Whether a run of key characters (at least 32 long) looks machine-generated rather than typed.
 * Hex needs both digits and letters (32 hex characters is a common API key format, e.g. Twilio).
 * Anything else needs ≥ 4.0 bits/char of entropy, at least two of upper case, lower case and digits,
 * and letter pairs unlike words, which keeps slugs, paths, file names and CamelCase names out.
 */
export function looksRandom(candidate: string): boolean {
  if (candidate.length < MIN_RANDOM_STRING_LENGTH) return false;
  if (HEX_ONLY.test(candidate)) {
    return (
      /\d/.test(candidate) && /[a-f]/i.test(candidate) && shannonEntropy(candidate) >= MIN_HEX_ENTROPY_BITS_PER_CHAR
    );
  }
  return (
    characterClassCount(candidate) >= 2 &&
    shannonEntropy(candidate) >= MIN_ENTROPY_BITS_PER_CHAR &&
    commonLetterPairShare(candidate) < MAX_COMMON_PAIR_SHARE
  );
}

export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function characterClassCount(text: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/].filter((characterClass) => characterClass.test(text)).length;
}

function commonLetterPairShare(text: string): number {
  let pairs = 0;
  let common = 0;
  for (let i = 1; i < text.length; i++) {
    const [first, second] = [text[i - 1], text[i]];
    // "tS" in "HubSpot" is a boundary between two words, not a pair within one.
    if (!LETTER.test(first) || !LETTER.test(second) || isCamelCaseBoundary(first, second)) continue;
    pairs++;
    if (COMMON_LETTER_PAIRS.has((first + second).toLowerCase())) common++;
  }
  return pairs === 0 ? 0 : common / pairs;
}

function isCamelCaseBoundary(first: string, second: string): boolean {
  return first === first.toLowerCase() && second !== second.toLowerCase();
}
