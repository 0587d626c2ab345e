"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { renameMyselfAction } from "@/lib/people/actions";

/** The name everyone sees for you: in lists, history and emails. */
export function RenameMyselfForm({ name }: { name: string }) {
  const { state, formAction, pending, onSubmit } = useFormAction(renameMyselfAction);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="mt-4 space-y-3 border-t border-slate-200 pt-4"
      aria-label="Change your name"
    >
      <TextField label="Your name as others see it" name="name" defaultValue={name} error={state.fields?.name} />
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
      <Button needsScript type="submit" variant="secondary" disabled={pending}>
        Save name
      </Button>
    </form>
  );
}
