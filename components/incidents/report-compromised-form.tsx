"use client";

import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useInlineQuestion } from "@/components/ui/use-inline-question";
import { TextareaField } from "@/components/ui/textarea-field";
import { reportCompromisedAction } from "@/lib/incidents/actions";
import { compromiseNoteLabel } from "@/lib/incidents/field-labels";

/** Anyone signed in can raise the alarm; owner, backup and admins are emailed at once. */
export function ReportCompromisedForm({ tokenId, name }: { tokenId: string; name: string }) {
  const { open, ask, close, buttonRef, questionProps } = useInlineQuestion();
  const { state, formAction, pending, sending, onSubmit } = useFormAction(reportCompromisedAction);
  if (!open) {
    return (
      <Button ref={buttonRef} needsScript type="button" variant="secondary" onClick={ask}>
        <InlineIcon icon={TriangleAlert} />
        Report as compromised
      </Button>
    );
  }
  return (
    <form
      {...questionProps}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="w-full max-w-xl space-y-3 rounded-lg border border-red-300 bg-red-50 p-4"
      aria-label="Report as compromised"
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <p className="text-sm text-red-950">
        Report “{name}” as leaked? Its owner, backup and every admin get an email straight away telling them to switch
        it off and replace it.
      </p>
      <TextareaField
        label={compromiseNoteLabel}
        name="note"
        hint="For example: “Posted in the public #general channel at 10:15.” Never paste the token itself."
        error={state.fields?.note}
      />
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
      <div className="flex flex-wrap gap-3">
        <Button needsScript type="submit" variant="danger" disabled={pending}>
          {sending ? "Sending the alert…" : "Yes, report it and alert everyone"}
        </Button>
        <Button needsScript type="button" variant="link" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
