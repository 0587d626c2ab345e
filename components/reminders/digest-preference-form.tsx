"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { ActionResult } from "@/components/ui/action-result";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { setReminderDigestAction } from "@/lib/reminders/actions";

export function DigestPreferenceForm({ digest }: { digest: boolean }) {
  const { state, formAction, onSubmit, pending } = useFormAction(setReminderDigestAction);
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">Reminder emails</h2>
      <form action={formAction} onSubmit={onSubmit} className="space-y-3">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="digest" defaultChecked={digest} className="mt-1" />
          <span>
            Send me one email a day listing my reminders, instead of one email per token.
            <span className="block text-slate-600">
              Warnings that nobody is on a token about to expire still come at once.
            </span>
          </span>
        </label>
        <Button needsScript type="submit" variant="secondary" disabled={pending}>
          Save
        </Button>
      </form>
      <ActionResult state={state} />
    </Card>
  );
}
