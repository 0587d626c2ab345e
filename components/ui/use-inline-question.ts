"use client";

import { type KeyboardEvent, useEffect, useRef, useState } from "react";

/**
 * A question that opens in place of the button that asks it (retire, report, remove…). That button goes
 * away as the question opens, so keyboard focus would fall back to the page: it moves into the question
 * instead (its first field, else the question itself, which is read out), Escape closes the question, and
 * closing puts focus back on the button. `T` is the question's element (a form, usually).
 */
export function useInlineQuestion<T extends HTMLElement = HTMLFormElement>() {
  const [open, setOpen] = useState(false);
  const question = useRef<T>(null);
  const button = useRef<HTMLButtonElement>(null);
  const changedByPerson = useRef(false);
  useEffect(() => {
    if (!changedByPerson.current) return;
    if (!open) return button.current?.focus();
    const field = question.current?.querySelector<HTMLElement>("textarea, select, input:not([type=hidden])");
    (field ?? question.current)?.focus();
  }, [open]);
  const change = (next: boolean) => {
    changedByPerson.current = true;
    setOpen(next);
  };
  return {
    open,
    ask: () => change(true),
    close: () => change(false),
    buttonRef: button,
    questionProps: {
      ref: question,
      tabIndex: -1,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        change(false);
      },
    },
  };
}
