"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useInlineQuestion } from "@/components/ui/use-inline-question";
import { saveRunbookAsTemplateAction } from "@/lib/runbooks/actions";

/** Turns this runbook into a template others can start from. */
export function SaveTemplateForm({ tokenId }: { tokenId: string }) {
  const { open, ask, close, buttonRef, questionProps } = useInlineQuestion();
  const { state, formAction, pending, onSubmit } = useFormAction(saveRunbookAsTemplateAction);
  if (state.ok)
    return (
      <Notice tone="success" live>
        {state.message}
      </Notice>
    );
  if (!open) {
    return (
      <Button ref={buttonRef} needsScript type="button" variant="secondary" onClick={ask}>
        Save as template
      </Button>
    );
  }
  return (
    <form
      {...questionProps}
      action={formAction}
      onSubmit={onSubmit}
      className="w-full max-w-lg space-y-3 rounded-lg border border-slate-200 p-4"
      aria-label="Save as template"
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <TextField
        label="Template name"
        name="name"
        required
        error={state.fields?.name}
        hint="For example: “HubSpot private app key”."
      />
      <TextField label="What it is for (optional)" name="description" error={state.fields?.description} />
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
      <div className="flex gap-3">
        <Button needsScript type="submit" disabled={pending}>
          Save template
        </Button>
        <Button needsScript type="button" variant="link" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
