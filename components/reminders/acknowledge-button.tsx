"use client";

import { ActionResult } from "@/components/ui/action-result";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { acknowledgeTokenAction } from "@/lib/reminders/actions";

export function AcknowledgeButton({ tokenId }: { tokenId: string }) {
  const [state, action, pending] = useActionState(acknowledgeTokenAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button needsScript type="submit" disabled={pending}>
        I&apos;m on it
      </Button>
      <ActionResult state={state} />
    </form>
  );
}
