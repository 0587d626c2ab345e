import { runbookSections, type RunbookSteps } from "@/lib/runbooks/schema";
import { RunbookStepsList } from "./runbook-steps-list";

/** The steps as they are being written, drawn by the runbook page's own safe renderer. */
export default function RunbookPreview({ steps }: { steps: RunbookSteps }) {
  return (
    <div className="space-y-5">
      {runbookSections.map((section) => (
        <section key={section.key} className="space-y-2">
          <h3 className="font-semibold">
            {section.number}. {section.title}
          </h3>
          <RunbookStepsList steps={steps[section.key].filter((step) => step.trim() !== "")} />
        </section>
      ))}
    </div>
  );
}
