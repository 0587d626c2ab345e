"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { saveRunbookAsTemplateAction } from "@/lib/runbooks/actions";

/** Turns this runbook into a template others can start from. */
export function SaveTemplateForm({ tokenId }: { tokenId: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, pending, onSubmit } = useFormAction(saveRunbookAsTemplateAction);
  if (state.ok)
    return (
      <Notice tone="success" live>
        {state.message}
      </Notice>
    );
  if (!open) {
    return (
      <Button needsScript type="button" variant="secondary" onClick={() => setOpen(true)}>
        Save as template
      </Button>
    );
  }
  return (
    <form
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
        <Button needsScript type="button" variant="link" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
