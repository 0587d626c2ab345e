const PRIVATE_KEY_HEADER = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
// The same header starting a line (spaces before it allowed): pasted from a key file, however little follows.
const PRIVATE_KEY_LINE = /^[ \t]*-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/m;
const SERVICE_ACCOUNT_KEY_FIELD = /"private_key"\s*:\s*"-----BEGIN /;
// One line of key material is enough; PEM lines are 64 characters long.
const KEY_MATERIAL_LINE = /^[A-Za-z0-9+/=]{40,}$/m;
const LOOKAHEAD_CHARS = 600;

/** "a private key", or the service-account file around one; null when the text holds no private key. */
export function privateKeyKind(text: string): string | null {
  if (!containsPrivateKeyBlock(text)) return null;
  return SERVICE_ACCOUNT_KEY_FIELD.test(text) ? "a Google Cloud service-account key file" : "a private key";
}

/**
 * A line starting with a BEGIN … PRIVATE KEY header (any key type: RSA, EC, OPENSSH, ENCRYPTED, PGP … BLOCK),
 * however short what follows; or a header inside a sentence followed by key material, possibly JSON-escaped
 * ("\n") or with its line breaks flattened to spaces by a form field. A header only mentioned inside a
 * sentence, with no key after it ("The file starts with -----BEGIN … PRIVATE KEY-----"), is documentation.
 */
function containsPrivateKeyBlock(text: string): boolean {
  if (PRIVATE_KEY_LINE.test(text)) return true;
  for (const match of text.matchAll(PRIVATE_KEY_HEADER)) {
    const start = match.index + match[0].length;
    const following = text
      .slice(start, start + LOOKAHEAD_CHARS)
      .replace(/\\[nr]/g, "\n")
      .split("-----END")[0];
    if (KEY_MATERIAL_LINE.test(following.replace(/[ \t\r]+/g, ""))) return true;
  }
  return false;
}
