import fc from "fast-check";

/** Pieces people really paste: line breaks (Excel Alt+Enter, old Mac CR), tabs, NUL, right-to-left marks, emoji. */
const awkwardPieces = [
  "\n",
  "\r\n",
  "\r",
  "\t",
  "\u0000",
  "\u200f",
  "\u202e",
  "\u2028",
  "\u0085",
  "🔑",
  "👩🏽‍💻",
  "🇳🇿",
  "é",
  "\u0301",
  "\ud83d",
  " ",
  ";",
  ",",
  "\\",
  '"',
  "<b>",
  "=SUM(A1)",
];

/** Random user text up to `maxLength` characters, mixing ordinary text with the awkward pieces. */
export const hostileText = (maxLength = 1000) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...awkwardPieces),
        fc.string({ unit: "grapheme", maxLength: 12 }),
        fc.string({ unit: "binary", maxLength: 6 }),
      ),
      { maxLength: 200 },
    )
    .map((parts) => parts.join("").slice(0, maxLength));
