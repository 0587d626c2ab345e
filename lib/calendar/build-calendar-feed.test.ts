import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { icsDescriptionText, icsSummaryText } from "@/lib/text/output-text";
import { hostileText } from "@/testing/hostile-text";
import { buildCalendarFeed, type FeedToken } from "./build-calendar-feed";
import { readIcsEvents } from "./read-ics-events";

/** Text whose characters take 2 to 4 octets, or whose clusters are many code points. */
const wideCharacters = [
  "é",
  "e\u0301",
  `a${"\u0301".repeat(60)}`,
  "👩🏽‍💻",
  "👨‍👩‍👧‍👦",
  "🏳️‍🌈",
  "🇳🇿",
  "令牌",
  "日本語のトークン",
  "مفتاح",
  "\u200f",
  "\u202e",
  "\t",
  "\r\n",
  "\\n",
];
const hostileName = fc.oneof(
  hostileText(),
  fc.array(fc.constantFrom(...wideCharacters), { maxLength: 300 }).map((parts) => parts.join("").slice(0, 1000)),
  fc.constantFrom(...wideCharacters).map((piece) => piece.repeat(1000).slice(0, 1000)),
);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The SUMMARY and DESCRIPTION of one event, as the feed should carry them (before escaping). */
function expectedEvent(token: FeedToken, title: string, today: string) {
  const runbook = `${env().APP_URL}/tokens/${token.id}/runbook`;
  return {
    SUMMARY: icsSummaryText(`${title}: ${token.name} (${token.service})`),
    DESCRIPTION: icsDescriptionText(
      [
        `${token.name} (${token.service}) ${today}.`,
        `What it is for: ${token.purpose}`,
        `What stops working: ${token.dependents[0].name}`,
        `Owner: ${token.owner.name}. Backup: ${token.backup!.name}.`,
        `How to replace it: ${runbook}`,
      ].join("\n"),
    ),
  };
}

describe("calendar feed lines", () => {
  it("are at most 75 octets, never split a character, and unfold to the exact event text, whatever the names", () => {
    fc.assert(
      fc.property(
        fc.record({
          calendar: hostileName,
          name: hostileName,
          service: hostileName,
          purpose: hostileName,
          owner: hostileName,
          backup: hostileName,
          dependent: hostileName,
        }),
        (text) => {
          const token: FeedToken = {
            id: "clz0example0token0id0000",
            name: text.name,
            service: text.service,
            purpose: text.purpose,
            state: "active",
            expiresOn: day("2027-03-01"),
            rotationDueOn: day("2026-12-01"),
            updatedAt: day("2026-06-01"),
            owner: { name: text.owner },
            backup: { name: text.backup },
            dependents: [{ name: text.dependent }],
          };
          const ics = buildCalendarFeed(text.calendar, [token]);

          expect(ics.endsWith("\r\n")).toBe(true);
          const lines = ics.slice(0, -2).split("\r\n");
          for (const line of lines) {
            expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
            expect(Buffer.from(line).toString(), "a line splits a character").toBe(line);
          }

          const expected = {
            [`token-${token.id}-expiry@tokenbook`]: expectedEvent(token, "Expires", "expires today"),
            [`token-${token.id}-rotation@tokenbook`]: expectedEvent(
              token,
              "Rotation due",
              "is due to be replaced today, as the company's policy says",
            ),
          };
          const events = readIcsEvents(ics);
          expect(events).toHaveLength(2);
          for (const event of events) {
            expect({ SUMMARY: event.SUMMARY, DESCRIPTION: event.DESCRIPTION }).toEqual(expected[event.UID]);
          }

          const calendar = new ICAL.Component(ICAL.parse(ics));
          expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(icsSummaryText(text.calendar) || null);
          for (const event of calendar.getAllSubcomponents("vevent")) {
            expect({
              SUMMARY: event.getFirstPropertyValue("summary"),
              DESCRIPTION: event.getFirstPropertyValue("description"),
            }).toEqual(expected[String(event.getFirstPropertyValue("uid"))]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
