import type { ChangeLine } from "@/lib/audit/describe-changes";

/**
 * Each change as a sentence, a real change optionally ending "by <name>"; a runbook section's step differences fold out
 * below it.
 */
export function AuditChanges({ changes, by }: { changes: ChangeLine[]; by?: string }) {
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-1">
      {changes.map((change) => (
        <li key={change.field} className="break-words">
          {change.text}
          {by && change.changed && ` by ${by}`}
          {change.details.length > 0 && (
            <details className="mt-1">
              <summary className="cursor-pointer text-brand-700">Show the difference</summary>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
                {change.details.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
