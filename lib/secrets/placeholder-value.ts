// Words that stand for a value in instructions ("user:<password>@host", "password=YOUR_PASSWORD") and
// names of places where a secret is kept ("password: 1Password"), which are what Tokenbook wants.
const BRACKETED = /^[<{[(].*[>}\])]$|^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$|^%[A-Za-z_][A-Za-z0-9_]*%$|^\{\{.*\}\}$/;
const REPEATED_FILLER = /^(?:\*+|x+|X+|\.+|…+|-+|_+|#+|•+)$/;
const PLACEHOLDER_WORDS =
  /^(?:pass(?:word|wd|phrase)?|pwd|secret|token|key|api[-_]?key|credentials?|value|changeme|redacted|hidden|masked|placeholder|example|sample|dummy|none|null|empty|same|new|old|1password|lastpass|bitwarden|keepass(?:xc)?|dashlane|keeper|vault)$/i;
const PLACEHOLDER_PHRASES =
  /your|my[-_]?(?:token|key|pass|secret)|here|placeholder|redacted|example|x{3,}|\.\.\.|…|<|>|\{|\}/i;

/** Whether a value that follows "password=", "Bearer " or "user:" is a stand-in rather than a secret. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.replace(/^["'`]+|["'`.,;:!?)]+$/g, "");
  if (trimmed === "") return true;
  return (
    BRACKETED.test(trimmed) ||
    REPEATED_FILLER.test(trimmed) ||
    PLACEHOLDER_WORDS.test(trimmed) ||
    PLACEHOLDER_PHRASES.test(trimmed)
  );
}
