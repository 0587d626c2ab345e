"use client";

import { ActionResult } from "@/components/ui/action-result";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import {
  clearAutomationHookAction,
  setAutomationHookAction,
  type SetAutomationHookState,
} from "@/lib/automation-hooks/actions";
import type { ActionState } from "@/lib/auth/run-action";

/** The token's automation hook: its hint for everyone, and for owner, backup and admins a form to set or remove it. */
export function AutomationHookPanel({
  tokenId,
  hint,
  editable,
}: {
  tokenId: string;
  hint: string | null;
  editable: boolean;
}) {
  const set = useFormAction<SetAutomationHookState>(setAutomationHookAction, { resetOnSuccess: true });
  const clear = useFormAction<ActionState>(clearAutomationHookAction);
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">Automation</h2>
      <p className="text-sm text-slate-700">
        {hint ? (
          <>
            When the first reminder is due, Tokenbook calls <span className="font-mono">{hint}</span> with a signed
            message, so a script can rotate the token and report back through the API.
          </>
        ) : (
          "No automation hook. With one, Tokenbook calls your script (a signed https request) when the first reminder is due, and the script reports the rotation back through the API."
        )}
      </p>
      {editable && (
        <>
          <form
            action={set.formAction}
            onSubmit={set.onSubmit}
            className="space-y-3"
            aria-label="Set the automation hook"
          >
            <input type="hidden" name="tokenId" value={tokenId} />
            <TextField
              label={hint ? "New hook address" : "Hook address"}
              name="url"
              required
              autoComplete="off"
              spellCheck={false}
              placeholder="https://ci.example.com/hooks/rotate"
              hint="Kept encrypted and never shown again in full. Saving gives a new signing secret."
              error={set.state.fields?.url}
            />
            <Button needsScript type="submit" disabled={set.pending}>
              Save hook
            </Button>
            <ActionResult state={set.state} />
            {set.state.signingSecret && (
              <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
                <p className="font-medium">Signing secret (shown only now)</p>
                <code className="mt-1 block break-all font-mono" data-testid="hook-signing-secret">
                  {set.state.signingSecret}
                </code>
              </div>
            )}
          </form>
          {hint && (
            <form action={clear.formAction} onSubmit={clear.onSubmit} aria-label="Remove the automation hook">
              <input type="hidden" name="tokenId" value={tokenId} />
              <Button needsScript type="submit" variant="secondary" disabled={clear.pending}>
                Remove hook
              </Button>
              <ActionResult state={clear.state} />
            </form>
          )}
        </>
      )}
    </Card>
  );
}
