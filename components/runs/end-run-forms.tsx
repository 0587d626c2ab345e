"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextareaField } from "@/components/ui/textarea-field";
import { abandonRunAction, rollBackRunAction } from "@/lib/runs/actions";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = { tokenId: string; runId: string };

/** "It didn't work": shows the rollback steps, then records why. The token's dates stay as they were. */
export function RollBackForm({ tokenId, runId, rollbackSteps }: Props & { rollbackSteps: ReactNode }) {
  const { state, formAction, pending, onSubmit } = useFormAction(rollBackRunAction);
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">It didn&apos;t work: roll back</summary>
      <div className="mt-4 space-y-4">
        <div>
          <h3 className="mb-2 font-semibold">How to roll back</h3>
          {rollbackSteps}
        </div>
        <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
          <input type="hidden" name="tokenId" value={tokenId} />
          <input type="hidden" name="runId" value={runId} />
          <TextareaField
            label="What went wrong?"
            name="reason"
            hint="So the next person knows. Required."
            error={state.fields?.reason}
          />
          {state.message && !state.ok && (
            <Notice tone="error" live>
              {state.message}
            </Notice>
          )}
          <Button needsScript type="submit" variant="danger" disabled={pending}>
            I rolled back: end this run
          </Button>
        </form>
      </div>
    </details>
  );
}

/** Ends a run that should not have started; nothing on the token changes. */
export function AbandonRunForm({ tokenId, runId }: Props) {
  const { state, formAction, pending, onSubmit } = useFormAction(abandonRunAction);
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">Stop without changing anything</summary>
      <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
        <input type="hidden" name="tokenId" value={tokenId} />
        <input type="hidden" name="runId" value={runId} />
        <TextareaField label="Why are you stopping? (optional)" name="reason" error={state.fields?.reason} />
        {state.message && !state.ok && (
          <Notice tone="error" live>
            {state.message}
          </Notice>
        )}
        <Button needsScript type="submit" variant="secondary" disabled={pending}>
          Abandon this run
        </Button>
      </form>
    </details>
  );
}
