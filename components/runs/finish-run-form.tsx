"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { finishRunAction } from "@/lib/runs/actions";
import { practiceSignOffLabel, signOffLabel } from "@/lib/runs/field-labels";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = { tokenId: string; runId: string; practice: boolean; stepsLeft: number; today: string };

/** Sign-off: the new dates from the provider and how the person checked it works; practice runs change no dates. */
export function FinishRunForm({ tokenId, runId, practice, stepsLeft, today }: Props) {
  const { state, formAction, pending, onSubmit } = useFormAction(finishRunAction);
  const [doesNotExpire, setDoesNotExpire] = useState(false);
  const hydrated = useHydrated();
  const errors = state.fields ?? {};
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label={practice ? "Finish the practice run" : "Finish and sign off"}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <input type="hidden" name="runId" value={runId} />
      {stepsLeft > 0 && (
        <Notice>
          Tick every step above first: {stepsLeft === 1 ? "1 step is" : `${stepsLeft} steps are`} not done yet.
        </Notice>
      )}
      {!practice && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-2">
            <TextField
              label="New expiry date"
              name="newExpiresOn"
              type="date"
              disabled={doesNotExpire}
              hint="As shown by the provider for the new one."
              error={errors.newExpiresOn}
            />
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="doesNotExpire"
                checked={doesNotExpire}
                disabled={!hydrated}
                onChange={(event) => setDoesNotExpire(event.target.checked)}
              />
              The new one does not expire
            </label>
          </div>
          <TextField
            label="Issued on"
            name="newIssuedOn"
            type="date"
            defaultValue={today}
            hint="The day the new one was made; usually today."
            error={errors.newIssuedOn}
          />
        </div>
      )}
      <TextareaField
        label={practice ? practiceSignOffLabel : signOffLabel}
        name="signOffNote"
        hint={
          practice
            ? "Fix the runbook afterwards if a step was unclear."
            : "For example: “The Monday report loaded this morning's numbers.”"
        }
        error={errors.signOffNote}
      />
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
      <Button needsScript type="submit" disabled={pending}>
        {practice ? "Finish the practice run" : "Finish and save the new dates"}
      </Button>
    </form>
  );
}
