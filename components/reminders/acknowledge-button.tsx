"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { acknowledgeTokenAction } from "@/lib/reminders/actions";

export function AcknowledgeButton({ tokenId }: { tokenId: string }) {
  const [state, action, pending] = useActionState(acknowledgeTokenAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button needsScript type="submit" disabled={pending}>
        I&apos;m on it
      </Button>
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
