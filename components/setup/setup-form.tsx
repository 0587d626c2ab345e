"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { completeSetupAction } from "@/lib/people/setup-actions";

export function SetupForm({ token }: { token: string }) {
  const { state, formAction, onSubmit, pending } = useFormAction(completeSetupAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextField label="Your name" name="name" autoComplete="name" required error={state.fields?.name} />
      <TextField
        label="Your work email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={state.fields?.email}
      />
      <Button needsScript type="submit" disabled={pending} className="w-full">
        Create my admin account
      </Button>
      {state.message && !state.ok && <Notice tone="error">{state.message}</Notice>}
    </form>
  );
}
