import type { RunbookSteps } from "./schema";

/** What the audit log keeps of a runbook before and after a change. */
export const runbookSnapshot = (steps: RunbookSteps, templateName?: string | null) => ({
  ...steps,
  templateName: templateName ?? null,
});
