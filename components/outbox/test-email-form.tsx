"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { sendTestEmailAction } from "@/lib/mail/actions";

export function TestEmailForm({ defaultTo }: { defaultTo: string }) {
  const [state, action, pending] = useActionState(sendTestEmailAction, {});
  return (
    <form action={action} className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <TextField label="Send a test email to" name="to" type="email" defaultValue={defaultTo} error={state.fields?.to} className="min-w-64 flex-1" />
        <Button needsScript type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send a test email"}
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
