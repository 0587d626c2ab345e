import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { ImportSummary } from "@/lib/import/schema";
import { StepSection } from "./step-section";

const tokens = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "token" : "tokens"}`;
const rows = (count: number) => (count === 1 ? "row" : `${count.toLocaleString("en")} rows`);
const people = (count: number) => (count === 1 ? "1 person" : `${count.toLocaleString("en")} people`);

/**
 * Step 4: how many tokens were imported, what now needs attention (each a link to the list filtered so), and where to
 * go next.
 */
export function ImportDone({ summary, onAgain }: { summary: ImportSummary; onAgain: () => void }) {
  const attention = [
    { count: summary.expired, words: "already expired", href: "/tokens?status=expired" },
    {
      count: summary.doesNotExpire,
      words: "without an expiry date (a risk to review)",
      href: "/tokens?status=no_expiry",
    },
    { count: summary.noBackup, words: "without a backup", href: "/tokens?backup=none" },
    { count: summary.withoutRunbook, words: "without a runbook", href: "/tokens?runbook=missing" },
  ].filter((item) => item.count > 0);
  return (
    <StepSection id="import-done" title={`Imported ${tokens(summary.count)}`} focusOnOpen>
      <div role="status">
        <p className="text-slate-700">
          {summary.skipped > 0
            ? `Every row of the file is now a token in Tokenbook, except the ${rows(summary.skipped)} you skipped.`
            : "Every row of the file is now a token in Tokenbook."}{" "}
          The audit log lists each one as imported by you.
        </p>
        {summary.emailed > 0 && (
          <p className="text-slate-700">
            {people(summary.emailed)} got one email each, listing the tokens they now own or back up.
          </p>
        )}
      </div>
      {attention.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-medium text-slate-900">What needs attention now</h3>
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            {attention.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
                  {tokens(item.count)} {item.words}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Link
          href="/tokens"
          className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Go to the token list
        </Link>
        <Button needsScript type="button" variant="link" onClick={onAgain}>
          Import another file
        </Button>
      </div>
    </StepSection>
  );
}
