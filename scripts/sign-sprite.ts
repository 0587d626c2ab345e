// The signs pages repeat (token statuses, the calendar's kinds of date, notices' tones, home's cards) as one static SVG
// file, public/signs.svg, that badges, timeline markers and calendar dates point at with
// <use href="/signs.svg#…">: the browser fetches and caches it once, and no page carries the drawings
// in its HTML and React payload again for every row. Made from the same lucide icons the pages name;
// `npx tsx scripts/sign-sprite.ts` writes it again, and a test holds the file and the icons equal.
import { writeFileSync } from "node:fs";
import type { LucideIcon } from "lucide-react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { eventSymbolId, eventWords } from "@/components/calendar/event-signs";
import { attentionSymbolId, attentionWords, type AttentionKind } from "@/components/dashboard/attention-words";
import { statusIcons } from "@/components/token-status/status-icon";
import { statusSymbolId } from "@/components/token-status/status-symbol-id";
import { noticeSymbolId, type NoticeTone } from "@/components/ui/notice";
import { noticeIcons } from "@/components/ui/notice-signs";
import { signSpritePath } from "@/components/ui/sign-use";
import type { TokenStatus } from "@/lib/tokens/token-status";

export const signSpriteFile = `public${signSpritePath}`;

/** Every sign in the file, by its id. */
export function spriteSigns(): [string, LucideIcon][] {
  return [
    ...(Object.keys(statusIcons) as TokenStatus[]).map((status): [string, LucideIcon] => [
      statusSymbolId(status),
      statusIcons[status],
    ]),
    ...(Object.keys(eventWords) as (keyof typeof eventWords)[]).map((kind): [string, LucideIcon] => [
      eventSymbolId(kind),
      eventWords[kind].icon,
    ]),
    ...(Object.keys(noticeIcons) as NoticeTone[]).map((tone): [string, LucideIcon] => [
      noticeSymbolId(tone),
      noticeIcons[tone],
    ]),
    ...(Object.keys(attentionWords) as AttentionKind[]).map((kind): [string, LucideIcon] => [
      attentionSymbolId(kind),
      attentionWords[kind].icon,
    ]),
  ];
}

export function signSpriteMarkup(): string {
  const symbols = spriteSigns().map(([id, icon]) =>
    createElement("symbol", { key: id, id, viewBox: "0 0 24 24" }, createElement(icon)),
  );
  return `${renderToStaticMarkup(createElement("svg", { xmlns: "http://www.w3.org/2000/svg" }, symbols))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(signSpriteFile, signSpriteMarkup());
  console.log(`Wrote ${signSpriteFile}.`);
}
