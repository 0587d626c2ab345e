import { runbookSections, type RunbookSteps } from "@/lib/runbooks/schema";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";
import { RunbookRecordSections } from "./runbook-record-sections";
import { RunbookStepsList } from "./runbook-steps-list";

/** The seven sections of a runbook in the order a worried person needs them. */
export function RunbookDocument({ token, steps, now }: { token: TokenWithRelations; steps: RunbookSteps; now: Date }) {
  return (
    <div className="runbook-document space-y-6">
      <RunbookRecordSections token={token} now={now} />
      {runbookSections.map((section) => (
        <section key={section.key} id={section.anchor} className="runbook-section scroll-mt-4 space-y-2">
          <h2 className="text-lg font-semibold">
            {section.number}. {section.title}
          </h2>
          <RunbookStepsList steps={steps[section.key]} />
        </section>
      ))}
    </div>
  );
}
