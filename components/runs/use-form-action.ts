"use client";

import { type FormEvent, useState, useTransition } from "react";
import type { ActionState } from "@/lib/auth/run-action";

/**
 * Submits a form to a server action without React's automatic form reset, so a refused
 * submission keeps everything the person typed.
 */
export function useFormAction(action: (data: FormData) => Promise<ActionState>) {
  const [state, setState] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => setState(await action(data)));
  };
  return { state, pending, onSubmit };
}
