"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { ActionResult } from "@/components/ui/action-result";
import { Button } from "@/components/ui/button";
import { acknowledgeTokenAction } from "@/lib/reminders/actions";

export function AcknowledgeButton({ tokenId }: { tokenId: string }) {
  const { state, formAction, onSubmit, pending } = useFormAction(acknowledgeTokenAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button needsScript type="submit" disabled={pending}>
        I&apos;m on it
      </Button>
      <ActionResult state={state} />
    </form>
  );
}
