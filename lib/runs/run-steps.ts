import { z } from "zod";
import type { RunbookSteps } from "@/lib/runbooks/schema";

export const runStepSections = {
  revoke: "Switch off the leaked token",
  generate: "Make a new one",
  replace: "Put the new one in place",
  verify: "Check it worked",
} as const;

const runStepsSchema = z.object({
  checklist: z.array(z.object({ section: z.enum(["revoke", "generate", "replace", "verify"]), text: z.string() })),
  rollback: z.array(z.string()),
});

export type RunSteps = z.infer<typeof runStepsSchema>;

// Revoke first, then replace: in an emergency the leaked token must stop working before anything else.
const revokeStep =
  "Switch the leaked token off at the provider (revoke or delete it), even if something stops working for a while. " +
  "Then press **Mark revoked** on the emergency page, so Tokenbook records when it was done.";

/** The checklist a run follows, copied from the runbook when it starts so later edits do not change it. */
export function runStepsFrom(runbook: RunbookSteps, kind: "rotation" | "practice" | "emergency"): RunSteps {
  return {
    checklist: [
      ...(kind === "emergency" ? [{ section: "revoke" as const, text: revokeStep }] : []),
      ...runbook.generateSteps.map((text) => ({ section: "generate" as const, text })),
      ...runbook.replaceSteps.map((text) => ({ section: "replace" as const, text })),
      ...runbook.verifySteps.map((text) => ({ section: "verify" as const, text })),
    ],
    rollback: runbook.rollbackSteps,
  };
}

export function readRunSteps(stored: unknown): RunSteps {
  const parsed = runStepsSchema.safeParse(stored);
  return parsed.success ? parsed.data : { checklist: [], rollback: [] };
}
