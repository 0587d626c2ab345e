"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { retireTokenAction } from "@/lib/tokens/actions";

export function RetireTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const { state, formAction, onSubmit, pending } = useFormAction(retireTokenAction);
  const [confirming, setConfirming] = useState(false);
  if (state.ok)
    return (
      <Notice tone="success" live>
        {state.message}
      </Notice>
    );
  return (
    <div className="space-y-2">
      {!confirming ? (
        <Button needsScript type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Retire this token
        </Button>
      ) : (
        <form action={formAction} onSubmit={onSubmit} className="space-y-2">
          <input type="hidden" name="tokenId" value={tokenId} />
          <p className="text-sm text-slate-700">
            Retire “{name}”? It stays on record with its history, but nobody is reminded about it any more.
          </p>
          <div className="flex gap-3">
            <Button needsScript type="submit" variant="danger" disabled={pending}>
              Yes, retire it
            </Button>
            <Button needsScript type="button" variant="link" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
    </div>
  );
}
