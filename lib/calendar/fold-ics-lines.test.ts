import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldIcsLinesByOctets } from "./fold-ics-lines";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const octets = (text: string) => Buffer.byteLength(text, "utf8");

/** One content line: ordinary text and clusters of 1 to 200+ octets, never a CR or LF. */
const contentLine = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom("é", "👩🏽‍💻", "👨‍👩‍👧‍👦", "令牌", "\t", " ", `a${"\u0301".repeat(100)}`),
    ),
    { maxLength: 60 },
  )
  .map((parts) => `SUMMARY:${parts.join("").replace(/[\r\n]/g, "")}`);

/** Where the folds of one content line fall, as offsets into the line. */
function foldOffsets(line: string): number[] {
  const [first, ...continued] = foldIcsLinesByOctets(`${line}\r\n`).slice(0, -2).split("\r\n");
  const offsets: number[] = [];
  let offset = first.length;
  for (const piece of continued) {
    offsets.push(offset);
    offset += piece.length - 1;
  }
  return offsets;
}

describe("foldIcsLinesByOctets", () => {
  it("folds to lines of at most 75 octets, between clusters where they fit, and unfolds to the same lines", () => {
    fc.assert(
      fc.property(fc.array(contentLine, { minLength: 1, maxLength: 5 }), (logical) => {
        const ics = `${logical.join("\r\n")}\r\n`;
        const folded = foldIcsLinesByOctets(ics);
        expect(folded.replace(/\r\n[ \t]/g, "")).toBe(ics);
        for (const line of folded.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);

        for (const line of logical) {
          const clusters = [...graphemes.segment(line)];
          for (const offset of foldOffsets(line)) {
            const cluster = clusters.findLast((candidate) => candidate.index <= offset)!;
            if (cluster.index !== offset) expect(octets(cluster.segment)).toBeGreaterThan(74);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("leaves a feed that already fits as it is, and refolds one folded by characters", () => {
    const fits = "BEGIN:VCALENDAR\r\nSUMMARY:short\r\nEND:VCALENDAR\r\n";
    expect(foldIcsLinesByOctets(fits)).toBe(fits);
    const byCharacters = `SUMMARY:${"é".repeat(67)}\r\n\t${"é".repeat(10)}\r\n`;
    expect(foldIcsLinesByOctets(byCharacters)).toBe(
      `SUMMARY:${"é".repeat(33)}\r\n ${"é".repeat(37)}\r\n ${"é".repeat(7)}\r\n`,
    );
  });
});
