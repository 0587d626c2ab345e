"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { sendAgainAction } from "@/lib/mail/actions";

/** "Send again" for one failed email (`id`) or for every failed one; the server sends each at most once. */
export function SendAgainForm({ id, subject }: { id?: string; subject?: string }) {
  const { state, formAction, onSubmit, pending, sending } = useFormAction(sendAgainAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-2 space-y-2">
      {id ? <input type="hidden" name="id" value={id} /> : <input type="hidden" name="all" value="1" />}
      <Button
        needsScript
        type="submit"
        variant="secondary"
        disabled={pending}
        className="!px-3 !py-1"
        aria-label={id ? `Send again: ${subject ?? "this email"}` : undefined}
      >
        {sending ? "Sending…" : id ? "Send again" : "Send all failed emails again"}
      </Button>
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
