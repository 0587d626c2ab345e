"use client";

import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { requestSignInLinkAction, type SignInRequestState } from "@/lib/auth/actions";

/**
 * `returnPath`: the page to come back to after the emailed link is followed (already checked by the page).
 * One field needs no form library: the server checks the address with the same schema and says what is
 * wrong. It also works before (or without) the page's script: the answer then gives back what was typed.
 */
export function SignInForm({ returnPath }: { returnPath?: string | null }) {
  const { state, formAction, onSubmit, sending } = useFormAction<SignInRequestState>(requestSignInLinkAction, {
    initialState: { sent: false },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {returnPath && <input type="hidden" name="callbackUrl" value={returnPath} />}
      <TextField
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state.email}
        error={state.emailError}
      />
      <Button type="submit" disabled={sending} className="w-full">
        {sending ? "Sending…" : "Email me a sign-in link"}
      </Button>
      {state.message && (
        <Notice tone={state.sent ? "success" : "warning"} live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
