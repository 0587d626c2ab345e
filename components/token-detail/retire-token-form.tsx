"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useInlineQuestion } from "@/components/ui/use-inline-question";
import { retireTokenAction } from "@/lib/tokens/actions";

export function RetireTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const { state, formAction, onSubmit, pending } = useFormAction(retireTokenAction);
  const { open: confirming, ask, close, buttonRef, questionProps } = useInlineQuestion();
  if (state.ok)
    return (
      <Notice tone="success" live>
        {state.message}
      </Notice>
    );
  return (
    <div className="space-y-2">
      {!confirming ? (
        <Button ref={buttonRef} needsScript type="button" variant="secondary" onClick={ask}>
          Retire this token
        </Button>
      ) : (
        <form
          {...questionProps}
          action={formAction}
          onSubmit={onSubmit}
          className="space-y-2"
          aria-label="Retire this token"
        >
          <input type="hidden" name="tokenId" value={tokenId} />
          <p className="text-sm text-slate-700">
            Retire “{name}”? It stays on record with its history, but nobody is reminded about it any more.
          </p>
          <div className="flex gap-3">
            <Button needsScript type="submit" variant="danger" disabled={pending}>
              Yes, retire it
            </Button>
            <Button needsScript type="button" variant="link" onClick={close}>
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
