"use client";

import { Ban } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextareaField } from "@/components/ui/textarea-field";
import { markRevokedAction } from "@/lib/incidents/actions";
import { revokeReasonLabel } from "@/lib/incidents/field-labels";

/** Records that the token was switched off at the provider; the time is taken when this is pressed. */
export function MarkRevokedForm({ tokenId }: { tokenId: string }) {
  const { state, formAction, pending, onSubmit } = useFormAction(markRevokedAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-3" aria-label="Mark revoked">
      <input type="hidden" name="tokenId" value={tokenId} />
      <TextareaField
        label={revokeReasonLabel}
        name="reason"
        hint="For example: “Leaked in a public chat channel; deleted in the HubSpot console.”"
        error={state.fields?.reason}
      />
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
      <Button needsScript type="submit" variant="danger" disabled={pending}>
        <InlineIcon icon={Ban} />
        Mark revoked
      </Button>
    </form>
  );
}
