"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

export type FormAction<State> = (previous: State, data: FormData) => Promise<State>;

type Options<State> = {
  /** Empties the form once the server accepted it (an "add" form); a refusal keeps what was typed. */
  resetOnSuccess?: boolean;
  initialState?: State;
  /** Client-side checks (react-hook-form): resolves false to send nothing. */
  validate?: () => Promise<boolean>;
};

/**
 * The one way a form reaches its server action: `<form action={formAction} onSubmit={onSubmit}>`.
 * Without the page's script the form posts natively to the action and the page comes back with its
 * answer. With it, `onSubmit` sends the same action in a transition without React's automatic form
 * reset, so a refused submission keeps everything the person typed. `pending` is also true until the
 * page can run `onSubmit`, for controls that need the script; `sending` only while it sends.
 * Pass the server action itself, never a wrapper: only a server action can post without a script.
 */
export function useFormAction<State extends object>(
  action: FormAction<State>,
  { resetOnSuccess = false, initialState = {} as State, validate }: Options<State> = {},
) {
  const [state, formAction, sending] = useActionState<State, FormData>(
    action as (previous: Awaited<State>, data: FormData) => Promise<State>,
    initialState as Awaited<State>,
  );
  const hydrated = useHydrated();
  const sentFrom = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if ("ok" in state && state.ok && resetOnSuccess) sentFrom.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    sentFrom.current = form;
    if (!validate) return startTransition(() => formAction(data));
    void validate().then((valid) => valid && startTransition(() => formAction(data)));
  };
  return { state, formAction, onSubmit, pending: sending || !hydrated, sending };
}

/** Adapts react-hook-form's `handleSubmit` to `validate`: its checks and error display, then this hook sends. */
export function validatedBy(handleSubmit: (onValid: () => void, onInvalid: () => void) => () => Promise<void>) {
  return () =>
    new Promise<boolean>(
      (resolve) =>
        void handleSubmit(
          () => resolve(true),
          () => resolve(false),
        )(),
    );
}
