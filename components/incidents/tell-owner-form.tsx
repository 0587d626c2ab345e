"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useInlineQuestion } from "@/components/ui/use-inline-question";
import { TextareaField } from "@/components/ui/textarea-field";
import { answerNotWorkingAction, reportNotWorkingAction } from "@/lib/incidents/actions";
import { notWorkingNoteLabel } from "@/lib/incidents/field-labels";

/** A light "it's not working": owner and backup get one email; not a leak report. */
export function TellOwnerForm({ tokenId }: { tokenId: string }) {
  const { open, ask, buttonRef, questionProps } = useInlineQuestion();
  const { state, formAction, pending, sending, onSubmit } = useFormAction(reportNotWorkingAction);
  if (!open) {
    return (
      <Button ref={buttonRef} needsScript type="button" variant="secondary" onClick={ask}>
        Tell the owner it&apos;s not working
      </Button>
    );
  }
  return (
    <form
      {...questionProps}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="w-full max-w-xl space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      aria-label="Tell the owner it's not working"
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <TextareaField
        label={notWorkingNoteLabel}
        name="note"
        hint="For example: “The Monday HubSpot report shows no numbers since Friday.”"
        error={state.fields?.note}
      />
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
      <Button needsScript type="submit" disabled={pending}>
        {sending ? "Telling them…" : "Tell the owner and backup"}
      </Button>
    </form>
  );
}

/** The owner, backup or an admin says they have looked; the notice goes away for everyone. */
export function AnswerNotWorkingForm({ tokenId }: { tokenId: string }) {
  const { state, formAction, pending, onSubmit } = useFormAction(answerNotWorkingAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-2 space-y-2" aria-label="Answer the report">
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button needsScript type="submit" variant="secondary" disabled={pending}>
        I&apos;ve looked at it
      </Button>
      {state.message && !state.ok && <p role="status">{state.message}</p>}
    </form>
  );
}
