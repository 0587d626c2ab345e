import { blankIfInvisible, capLength, foldControlsKeepLines, foldToOneLine } from "./fold-text";

/**
 * One helper per place user text leaves Tokenbook. Each never throws and always returns text that
 * the output accepts, whatever was typed or imported.
 */

/** An email subject or display name: one line, at most `max` characters. */
export const mailHeaderText = (text: string, max = 200): string => capLength(foldToOneLine(text), max);

/** An ICS SUMMARY (one line) — the ics package escapes commas, semicolons and backslashes itself. */
export const icsSummaryText = (text: string, max = 250): string => capLength(foldToOneLine(text), max);

/** An ICS DESCRIPTION: lines kept (the ics package writes them as \n), other control characters folded. */
export const icsDescriptionText = (text: string, max = 4000): string => capLength(foldControlsKeepLines(text), max);

/**
 * A CSV cell: a cell may hold lines (it is quoted), but never a lone CR, NUL or other control character.
 * Blank space in front of a formula sign is dropped, so the writer's formula guard sees the sign first.
 */
export const csvCellText = (text: string, max = 32_000): string =>
  capLength(foldControlsKeepLines(text).replace(/^\s+(?=[=+\-@])/, ""), max);

/** A file name in a Content-Disposition header: one line, no path or quote characters, plain ASCII kept short. */
export const fileNameText = (text: string, max = 100): string =>
  foldToOneLine(text)
    .replace(/[\\/:*?"<>|;]/g, "-")
    .replace(/[^\x20-\x7e]/g, "_")
    .slice(0, max)
    .trim() || "download".slice(0, max);

/**
 * A name a person stores (token, service, person, team): one line, trimmed, without bidi controls, and ""
 * when it shows nothing, so the schema refuses it like an empty name. Length limits stay with the schema.
 */
export const oneLineName = (text: string): string => blankIfInvisible(foldToOneLine(text));

const slackEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Slack mrkdwn: &, < and > escaped (so typed text can never make a link or a mention), lines kept,
 * at most `max` characters after escaping, never cutting an escape in half.
 */
export function slackMrkdwnText(text: string, max = 3000): string {
  const folded = foldControlsKeepLines(text);
  const whole = folded.replace(/[&<>]/g, (char) => slackEntities[char]);
  if (whole.length <= max) return whole;
  let out = "";
  for (const char of folded) {
    const piece = slackEntities[char] ?? char;
    if (out.length + piece.length > max - 1) return `${out}…`;
    out += piece;
  }
  return out;
}

/** Slack plain_text (headers, buttons): one line, at most `max` characters; Slack shows it as typed. */
export const slackPlainText = (text: string, max: number): string => capLength(foldToOneLine(text), max);

/**
 * An Adaptive Card TextBlock or fact: lines kept, control characters folded, length capped. Cards
 * render a markdown subset, so a typed "[label](address)" is broken up (an invisible space after
 * the "]") and can never become a disguised link.
 */
export const cardText = (text: string, max = 2000): string =>
  capLength(foldControlsKeepLines(text).replace(/\](?=\s*\()/g, "]\u200b"), max);
