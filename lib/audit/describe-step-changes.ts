import { diffArrays } from "diff";
import { runbookSections } from "@/lib/runbooks/schema";

const sectionTitles = new Map<string, string>(runbookSections.map((section) => [section.key, section.title]));

/** The runbook fields that hold steps, each with its section title. */
export const runbookStepSection = (field: string) => sectionTitles.get(field);

const longest = 120;

/** A step's markdown as the words a reader sees: link text without the address, no emphasis marks. */
export function stepWords(step: string) {
  const text = step
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return `“${text.length > longest ? `${text.slice(0, longest)}…` : text}”`;
}

const asSteps = (value: unknown) =>
  Array.isArray(value) ? value.map((step) => (typeof step === "string" ? step : String(step))) : [];

/**
 * The difference between two versions of one runbook section, one line per step:
 * "Step 2 changed from “…” to “…”", "Step 3 added: “…”", "Removed: “…”".
 */
export function describeStepChanges(before: unknown, after: unknown): string[] {
  const lines: string[] = [];
  let position = 0;
  let removed: string[] = [];
  const flushRemoved = () => {
    lines.push(...removed.map((step) => `Removed: ${stepWords(step)}`));
    removed = [];
  };
  for (const part of diffArrays(asSteps(before), asSteps(after))) {
    if (part.removed) {
      removed = part.value;
      continue;
    }
    if (part.added) {
      part.value.forEach((step, index) => {
        position += 1;
        const old = removed[index];
        lines.push(
          old === undefined
            ? `Step ${position} added: ${stepWords(step)}`
            : `Step ${position} changed from ${stepWords(old)} to ${stepWords(step)}`,
        );
      });
      removed = removed.slice(part.value.length);
    } else position += part.count;
    flushRemoved();
  }
  flushRemoved();
  return lines;
}
