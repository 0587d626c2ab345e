"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { requestSignInLinkAction, type SignInRequestState } from "@/lib/auth/actions";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";

/** `returnPath`: the page to come back to after the emailed link is followed (already checked by the page). */
export function SignInForm({ returnPath }: { returnPath?: string | null }) {
  const [state, submit] = useActionState<SignInRequestState, FormData>(requestSignInLinkAction, { sent: false });
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit((values) => {
    const formData = new FormData();
    formData.set("email", values.email);
    if (returnPath) formData.set("callbackUrl", returnPath);
    startTransition(() => submit(formData));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        label="Work email"
        type="email"
        autoComplete="email"
        error={formState.errors.email?.message ?? state.emailError}
        {...register("email")}
      />
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
