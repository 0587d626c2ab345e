import { keepCredentialParametersOfAddresses } from "./high-entropy-string";
const KEY_PART = /^[A-Za-z0-9._~+/=-]+/;
const MAX_PARTS = 6;
const GAP = /^(?:[ \t]{1,8}\r?\n?|\r?\n)[ \t]{0,8}/;

/**
 * The key characters starting at `start`, joined with the parts after it when a space or a line
 * break cuts the key (a form field wrapping, or a key copied from two lines). A following part is
 * joined only while both sides look generated, so ordinary words after a key stay apart.
 */
export function joinSplitKeyParts(text: string, start: number): string {
  let joined = KEY_PART.exec(text.slice(start, start + 400))?.[0] ?? "";
  let position = start + joined.length;
  for (let parts = 1; parts < MAX_PARTS && looksLikeKeyPart(joined); parts++) {
    const gap = GAP.exec(text.slice(position, position + 40))?.[0];
    if (!gap) break;
    const next = KEY_PART.exec(text.slice(position + gap.length, position + gap.length + 400))?.[0];
    if (!next || !looksLikeKeyPart(next)) break;
    joined += next;
    position += gap.length + next.length;
  }
  return joined;
}

/** Each run of key characters with the runs after it joined, for runs that start like a key. */
export function splitKeyCandidates(text: string): string[] {
  const candidates: string[] = [];
  // Addresses are full of random-looking IDs: only their credential-named parameters stay in.
  const withoutAddresses = keepCredentialParametersOfAddresses(text);
  for (const match of withoutAddresses.matchAll(
    /(?<![A-Za-z0-9._~+/=-])[A-Za-z0-9._~+/=-]{4,}(?=(?:[ \t]{1,8}\r?\n?|\r?\n)[ \t]{0,8}[A-Za-z0-9])/g,
  )) {
    if (!looksLikeKeyPart(match[0])) continue;
    const joined = joinSplitKeyParts(withoutAddresses, match.index);
    if (joined.length > match[0].length) candidates.push(joined);
  }
  return candidates;
}

/** Digits among letters, or case changing inside: a piece of a generated key rather than a word. */
function looksLikeKeyPart(part: string): boolean {
  if (/^\d{1,4}([-./]\d{1,4})*$/.test(part)) return false;
  return (
    (/\d/.test(part) && /[A-Za-z]/.test(part)) ||
    /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(part) ||
    /^[A-Za-z]+_[A-Za-z0-9]/.test(part)
  );
}
