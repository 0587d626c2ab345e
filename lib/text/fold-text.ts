/**
 * The building blocks of every output normaliser: text a person typed, made safe for one place it
 * leaves the app. Each output has its own helper in this folder; they all rest on these three.
 */

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const lineBreaks = /\r\n|\r|\n|\u2028|\u2029|\u0085/g;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** One line: every line break, tab, NUL and other control character becomes a space; runs of spaces become one. */
export function foldToOneLine(text: string): string {
  return text.toWellFormed().replace(controlCharacters, " ").replace(/ {2,}/g, " ").trim();
}

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
