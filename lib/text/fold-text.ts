/**
 * The building blocks of every text normaliser: text a person typed, made safe to store or for one
 * place it leaves the app. Each place has its own helper in this folder; they all rest on these.
 */

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const lineBreaks = /\r\n|\r|\n|\u2028|\u2029|\u0085/g;
// Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): balanced or not, they
// turn the words after them backwards ("Hostile maet"). The marks LRM, RLM and ALM are not among them.
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;
// What shows nothing: white space, control and format characters (zero-width spaces and joiners, the
// byte-order mark, the soft hyphen, direction marks) and the other default-ignorables (variation selectors).
const invisibleOnly = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * One line: every line break, tab, NUL and other control character becomes a space, bidi embedding,
 * override and isolate controls are removed, runs of spaces become one. "a\r\n\u202eb " → "a b".
 */
export function foldToOneLine(text: string): string {
  return withoutBidiControls(text.toWellFormed().replace(controlCharacters, " ")).replace(/ {2,}/g, " ").trim();
}

/** The text without bidi embedding, override and isolate controls (see `bidiControls`); "a\u202eb" → "ab". */
export const withoutBidiControls = (text: string): string => text.replace(bidiControls, "");

/** Required text as typed, cleaned once: no bidi controls, and "" when nothing shows, so it is refused as empty. */
export const requiredTypedText = (text: string): string => blankIfInvisible(withoutBidiControls(text));

/**
 * "" when the text shows nothing at all (only white space and invisible characters), so a required
 * field refuses it like an empty one; otherwise the text unchanged. "\u200b\u200b" → "", "a\u200db" → "a\u200db".
 */
export const blankIfInvisible = (text: string): string => (invisibleOnly.test(text) ? "" : text);

/** Several lines allowed, each break written as "\n"; every other control character becomes a space. */
export function foldControlsKeepLines(text: string): string {
  return text
    .toWellFormed()
    .replace(lineBreaks, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, " ");
}

/**
 * At most `max` UTF-16 units, cut between two characters as a reader sees them (an emoji with its
 * skin tone, a letter with its accent, never half a surrogate pair), ending in "…" when cut.
 */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  let kept = "";
  for (const { segment } of segmenter.segment(text)) {
    if (kept.length + segment.length > room) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}
