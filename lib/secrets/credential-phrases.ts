import { isPlaceholderValue } from "./placeholder-value";
import type { SecretFinding } from "./secret-finding";
import { joinSplitKeyParts } from "./split-key";

// Bounded repetitions keep these linear on long inputs without spaces.
const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{0,30}:\/\/([^\s/?#@:<>"'`]{0,200}):([^\s/?#@]{1,200})@/gi;
const AUTHORIZATION_VALUE =
  /(?<![A-Za-z0-9])(?:authorization\s*[:=]\s*(?:(?:bearer|basic|token|digest|apikey)\s+)?|(?:bearer|basic)\s+)([A-Za-z0-9._~+/=-]{1,400})/gi;
const NAMED_VALUE =
  /(?<![A-Za-z0-9])(?:(pass(?:word|wd|phrase)?|pwd|secret|client[-_]?secret|api[-_]?key|access[-_]?key|secret[-_]?key|auth[-_]?token|access[-_]?token)(?![A-Za-z0-9])["']?(\s*[:=]\s*)|(pass(?:word|wd)|pwd)(?![A-Za-z0-9])(\s+))["'`]?([^\s"'`]{1,200})/gi;
const SPECIAL_SYMBOL = /[!@#$%^&*+=?~|\\]/;

/** "scheme://user:pass@host" on any host, dotless ones too, unless the password is a placeholder. */
export function containsUrlCredentials(text: string): boolean {
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    if (!isPlaceholderValue(match[2])) return true;
  }
  return false;
}

/** A value after "Authorization:", "Bearer" or "Basic" that looks generated, also when split across a line. */
export function containsAuthorizationValue(text: string): boolean {
  for (const match of text.matchAll(AUTHORIZATION_VALUE)) {
    const start = match.index + match[0].length - match[1].length;
    const value = joinSplitKeyParts(text, start);
    if (value.length >= 12 && !isPlaceholderValue(value) && looksGenerated(value)) return true;
  }
  return false;
}

/** "password=…", "pwd …", "secret: …" and the like followed by something that looks like a real value. */
export function containsNamedCredential(text: string): boolean {
  for (const match of text.matchAll(NAMED_VALUE)) {
    const separator = match[2] ?? match[4];
    const value = match[5];
    if (value.length < 6 || isPlaceholderValue(value)) continue;
    const tight = separator.includes("=") && !/\s/.test(separator);
    const hasDigit = /\d/.test(value);
    const hasLetter = /[A-Za-z]/.test(value);
    // "password=letmein" is a value whatever it looks like; "secret=prod/marketing/hubspot" is a vault path.
    if (tight && !value.includes("/")) return true;
    if (
      match[2] !== undefined
        ? hasDigit || SPECIAL_SYMBOL.test(value)
        : (hasDigit && hasLetter) || SPECIAL_SYMBOL.test(value)
    )
      return true;
  }
  return false;
}

/** Letters and digits mixed, or upper and lower case mixed inside: not a word someone typed. */
function looksGenerated(value: string): boolean {
  return (/\d/.test(value) && /[A-Za-z]/.test(value)) || /[a-z].*[A-Z]|[A-Z]{2,}.*[a-z]/.test(value.slice(1));
}

export const credentialPhraseRules: readonly (SecretFinding & { test: (text: string) => boolean })[] = [
  { kind: "a web address with a password in it", test: containsUrlCredentials },
  { kind: "a sign-in header value (Authorization, Bearer or Basic)", test: containsAuthorizationValue },
  { kind: "a password or secret value", test: containsNamedCredential },
];
