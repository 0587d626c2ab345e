const maxOctets = 75;
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const octets = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * Folds every content line of an ICS text (lines ending in CRLF, possibly already folded) so that
 * each physical line is at most 75 octets of UTF-8, the CRLF not counted (RFC 5545 §3.1).
 * Continuation lines begin with one space, counted in the 75. Folds fall between grapheme clusters;
 * a cluster longer than a continuation line's 74 octets of room is folded between its code points,
 * so a multi-byte character is never split. Unfolding (removing each CRLF and the space or tab after
 * it) gives back exactly the input's unfolded lines.
 */
export function foldIcsLinesByOctets(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map(foldLine)
    .join("\r\n");
}

function foldLine(line: string): string {
  if (octets(line) <= maxOctets) return line;
  const physical: string[] = [];
  let current = "";
  let used = 0;
  for (const { segment } of graphemes.segment(line)) {
    for (const piece of octets(segment) < maxOctets ? [segment] : segment) {
      const size = octets(piece);
      if (used + size > maxOctets) {
        physical.push(current);
        current = " ";
        used = 1;
      }
      current += piece;
      used += size;
    }
  }
  physical.push(current);
  return physical.join("\r\n");
}
