"use client";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { startRunAction } from "@/lib/runs/actions";
import { useFormAction } from "@/components/ui/use-form-action";

const labels = {
  rotation: "Start a rotation",
  practice: "Start a practice run",
  emergency: "Start the emergency replacement",
} as const;

/** One button per kind of run the token allows now; a refusal (e.g. someone else just started) is said in words. */
export function StartRunForm({ tokenId, kinds }: { tokenId: string; kinds: (keyof typeof labels)[] }) {
  const { state, formAction, pending, onSubmit } = useFormAction(startRunAction);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3">
        {kinds.map((kind, index) => (
          <form key={kind} action={formAction} onSubmit={onSubmit}>
            <input type="hidden" name="tokenId" value={tokenId} />
            <input type="hidden" name="kind" value={kind} />
            <Button
              needsScript
              type="submit"
              variant={index === 0 ? (kind === "emergency" ? "danger" : "primary") : "secondary"}
              disabled={pending}
            >
              {labels[kind]}
            </Button>
          </form>
        ))}
      </div>
      {state.message && !state.ok && (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      )}
    </div>
  );
}
