"use client";

import { type FormEvent, useActionState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { requestSignInLinkAction, type SignInRequestState } from "@/lib/auth/actions";

/**
 * `returnPath`: the page to come back to after the emailed link is followed (already checked by the page).
 * One field needs no form library: the server checks the address with the same schema and says what is wrong.
 */
export function SignInForm({ returnPath }: { returnPath?: string | null }) {
  const [state, submit] = useActionState<SignInRequestState, FormData>(requestSignInLinkAction, { sent: false });
  const [pending, startTransition] = useTransition();

  // Sent by hand rather than through `action`, so React does not empty the field after a refusal.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    if (returnPath) formData.set("callbackUrl", returnPath);
    startTransition(() => submit(formData));
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Work email" name="email" type="email" autoComplete="email" error={state.emailError} />
      <Button needsScript type="submit" disabled={pending} className="w-full">
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
      {state.message && (
        <Notice tone={state.sent ? "success" : "warning"} live>
          {state.message}
        </Notice>
      )}
    </form>
  );
}
