"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { sendTestEmailAction } from "@/lib/mail/actions";

export function TestEmailForm({ defaultTo }: { defaultTo: string }) {
  const { state, formAction, onSubmit, pending, sending } = useFormAction(sendTestEmailAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label="Send a test email to"
          name="to"
          type="email"
          defaultValue={defaultTo}
          error={state.fields?.to}
          className="min-w-64 flex-1"
        />
        <Button needsScript type="submit" disabled={pending}>
          {sending ? "Sending…" : "Send a test email"}
        </Button>
      </div>
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
