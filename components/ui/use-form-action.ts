"use client";

import { type FormEvent, useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Submits a form to a server action without React's automatic form reset, so a refused
 * submission keeps everything the person typed. `pending` is also true until the page can send,
 * so a submit button disabled by it cannot be pressed too early; `sending` only while it sends.
 * `resetOnSuccess` empties the form only after the server accepted it (an "add" form).
 */
export function useFormAction<State extends { ok?: boolean }>(
  action: (data: FormData) => Promise<State>,
  { resetOnSuccess = false } = {},
) {
  const [state, setState] = useState<State>({} as State);
  const [sending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const next = await action(data);
      setState(next);
      if (next.ok && resetOnSuccess) form.reset();
    });
  };
  return { state, pending: sending || !hydrated, sending, onSubmit };
}
