import Link from "next/link";
import { Button } from "@/components/ui/button";
import { StepSection } from "./step-section";

/** Step 4: how many tokens were imported, and where to go next. */
export function ImportDone({ count, onAgain }: { count: number; onAgain: () => void }) {
  const what = `${count.toLocaleString("en")} ${count === 1 ? "token" : "tokens"}`;
  return (
    <StepSection id="import-done" title={`Imported ${what}`} focusOnOpen>
      <div role="status">
        <p className="text-slate-700">Every row of the file is now a token in Tokenbook, with its owner and backup. The audit log lists each one as imported by you.</p>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Link href="/tokens" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Go to the token list
        </Link>
        <Button needsScript type="button" variant="link" onClick={onAgain}>
          Import another file
        </Button>
      </div>
    </StepSection>
  );
}
