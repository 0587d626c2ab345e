"use client";

import { type FormEvent, useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionState } from "@/lib/auth/run-action";

/**
 * Submits a form to a server action without React's automatic form reset, so a refused
 * submission keeps everything the person typed. `pending` is also true until the page can send,
 * so a submit button disabled by it cannot be pressed too early; `sending` only while it sends.
 */
export function useFormAction(action: (data: FormData) => Promise<ActionState>) {
  const [state, setState] = useState<ActionState>({});
  const [sending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => setState(await action(data)));
  };
  return { state, pending: sending || !hydrated, sending, onSubmit };
}
