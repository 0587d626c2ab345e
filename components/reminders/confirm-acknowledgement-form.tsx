"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { confirmAcknowledgementAction } from "@/lib/reminders/actions";

type Props = { link: { token: string; due: string; person: string; sig: string } };

/**
 * A press, not the opening of the link, records it: mail scanners open every link in an email. The page then shows the
 * result.
 */
export function ConfirmAcknowledgementForm({ link }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(confirmAcknowledgementAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      {Object.entries(link).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button needsScript type="submit" disabled={pending}>
        Yes, I&apos;m on it
      </Button>
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
