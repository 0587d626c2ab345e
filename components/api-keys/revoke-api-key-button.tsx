"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

export function RevokeApiKeyButton({ apiKeyId, name }: { apiKeyId: string; name: string }) {
  const { state, formAction, pending, onSubmit } = useFormAction(revokeApiKeyAction);
  return (
    <form action={formAction} onSubmit={onSubmit} aria-label={`Revoke ${name}`}>
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      <Button needsScript type="submit" variant="danger" disabled={pending} aria-label={`Revoke “${name}”`}>
        Revoke
      </Button>
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
