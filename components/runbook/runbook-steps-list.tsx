import { SafeMarkdown } from "@/components/markdown/safe-markdown";

/** A numbered list of runbook steps, each rendered as safe markdown. */
export function RunbookStepsList({ steps }: { steps: string[] }) {
  if (steps.length === 0) return <p className="text-slate-700">No steps written yet.</p>;
  return (
    <ol className="runbook-steps list-decimal space-y-3 pl-6 marker:font-semibold">
      {steps.map((step, index) => (
        <li key={index} className="pl-1">
          <SafeMarkdown>{step}</SafeMarkdown>
        </li>
      ))}
    </ol>
  );
}
