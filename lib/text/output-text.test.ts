import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "@/testing/hostile-text";
import { capLength, foldControlsKeepLines, foldToOneLine } from "./fold-text";
import {
  cardText,
  csvCellText,
  fileNameText,
  icsDescriptionText,
  icsSummaryText,
  mailHeaderText,
  oneLineName,
  slackMrkdwnText,
  slackPlainText,
} from "./output-text";

const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const controlsButNewline = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
// Embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI).
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/;
const bidiControl = fc.constantFrom(..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

describe("output text helpers", () => {
  it("make any text one well-formed line within the cap, for mail headers, ICS summaries and file names", () => {
    fc.assert(
      fc.property(hostileText(), fc.integer({ min: 2, max: 300 }), (text, max) => {
        for (const out of [mailHeaderText(text, max), icsSummaryText(text, max), fileNameText(text, max)]) {
          expect(out).not.toMatch(controls);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out.isWellFormed()).toBe(true);
        }
        expect(fileNameText(text)).toMatch(/^[\x20-\x7e]+$/);
      }),
      { numRuns: 500 },
    );
  });

  it("keep line breaks as \\n in ICS descriptions and CSV cells, and fold every other control character", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        for (const out of [icsDescriptionText(text), csvCellText(text)]) {
          expect(out).not.toMatch(controlsButNewline);
          expect(out.isWellFormed()).toBe(true);
        }
        expect(csvCellText(text)).not.toMatch(/^\s+[=+\-@]/);
        expect(csvCellText(`\t ${text.replace(/^\s+/, "")}=1`).startsWith("\t")).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("escape Slack mrkdwn so typed text can never make a link or mention, within the cap and never cutting an escape", () => {
    const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    fc.assert(
      fc.property(hostileText(), fc.integer({ min: 2, max: 3000 }), (text, max) => {
        const out = slackMrkdwnText(text, max);
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
        expect(out).not.toMatch(controlsButNewline);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.isWellFormed()).toBe(true);
        // What is kept reads as the start of what was typed.
        expect(foldControlsKeepLines(text).startsWith(unescape(out.endsWith("…") ? out.slice(0, -1) : out))).toBe(true);
        for (const line of [slackPlainText(text, Math.min(max, 150)), cardText(text, max)]) {
          expect(line.length).toBeLessThanOrEqual(max);
          expect(line.isWellFormed()).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    expect(slackMrkdwnText("<!channel> & <https://evil.test|click>")).toBe(
      "&lt;!channel&gt; &amp; &lt;https://evil.test|click&gt;",
    );
    expect(cardText("[Reset your password](https://evil.test)")).not.toMatch(/\]\s*\(/);
    fc.assert(
      fc.property(hostileText(), (text) => void expect(cardText(text)).not.toMatch(/\]\s*\(/)),
      { numRuns: 300 },
    );
    // "a&amp;b" does not fit in 4: the escape is left out whole, never cut in half.
    expect(slackMrkdwnText("a&b", 4)).toBe("a…");
  });

  it("cut on a character boundary: never half an emoji, a flag or an accented letter", () => {
    expect(capLength("ab👩🏽‍💻cd", 4)).toBe("ab…");
    expect(capLength("🇳🇿🇳🇿", 5)).toBe("🇳🇿…");
    expect(capLength("e\u0301e\u0301", 3)).toBe("e\u0301…");
    expect(capLength("short", 10)).toBe("short");
  });

  it("reads sensibly: a two-line name becomes one line with single spaces", () => {
    expect(foldToOneLine("HubSpot\r\nreporting\tkey 🔑\u0000")).toBe("HubSpot reporting key 🔑");
    expect(mailHeaderText("x".repeat(300), 50)).toBe(`${"x".repeat(49)}…`);
  });

  it("never let a bidi embedding, override or isolate control into a stored name or a mail subject", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileText(40), bidiControl), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(oneLineName(text)).not.toMatch(bidiControls);
        expect(mailHeaderText(text)).not.toMatch(bidiControls);
      }),
      { numRuns: 500 },
    );
    // Balanced or not, an override turns the words after it backwards ("Hostile maet").
    expect(oneLineName("Hostile \u202eteam")).toBe("Hostile team");
    expect(oneLineName("Hostile \u202eteam\u202c")).toBe("Hostile team");
    expect(mailHeaderText("Reminder: \u2067Hostile\u2069 team")).toBe("Reminder: Hostile team");
    // Right-to-left marks stay: right-to-left names need them, and their effect ends with the name.
    expect(oneLineName("\u200fשלום צוות\u200f")).toBe("\u200fשלום צוות\u200f");
  });

  it("make a name that is only invisible characters empty, so it is refused like an empty one", () => {
    for (const invisible of ["\u200b\u200b", "\ufeff", "\u00ad", "\u200e\u200f", "\u202e", "\u2066\u2069", "\ufe0f"]) {
      expect(oneLineName(invisible)).toBe("");
    }
    // Invisible characters that are part of what is seen stay: emoji sequences, joiners inside words.
    for (const name of ["Team 👩🏽‍💻 ❤️", "क्\u200dष"]) expect(oneLineName(name)).toBe(name);
  });
});
