import { looksRandom, MIN_RANDOM_STRING_LENGTH } from "./random-string";

const KEY_CHARACTER_RUN = new RegExp(`[A-Za-z0-9+/=_-]{${MIN_RANDOM_STRING_LENGTH},}`, "g");
// Bounded repetitions keep these linear on long runs without spaces.
const WEB_ADDRESS = /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s<>"'`)\]]+/gi;
const EMAIL = /[^\s@<>()[\]"']{1,64}@[^\s@<>()[\]"']{1,255}\.[a-z]{2,}/gi;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const CREDENTIAL_PARAMETER_NAME = /token|key|secret|pass|pwd|sig|auth|credential/i;

/** A long machine-generated looking string outside addresses, e-mail addresses and UUIDs. */
export function containsHighEntropyString(text: string): boolean {
  const withoutAddresses = keepCredentialParametersOfAddresses(text).replace(EMAIL, " ").replace(UUID, " ");
  for (const match of withoutAddresses.matchAll(KEY_CHARACTER_RUN)) {
    if (looksRandom(match[0])) return true;
  }
  return false;
}

/** Each web address replaced by the values of its credential-named parameters only. */
export function keepCredentialParametersOfAddresses(text: string): string {
  return text.replace(WEB_ADDRESS, credentialParameterValues);
}

// Addresses are what Tokenbook wants to hear (console pages, Drive folders, vault entries), and their
// paths are full of random-looking IDs, so only values of credential-named parameters stay in.
function credentialParameterValues(url: string): string {
  const query = url.split(/[?#]/).slice(1).join("&");
  const values = query
    .split("&")
    .map((parameter) => parameter.split("="))
    .filter(([name, value]) => value !== undefined && CREDENTIAL_PARAMETER_NAME.test(name))
    .map(([, value]) => value);
  return ` ${values.join(" ")} `;
}
