"use client";

import { type FocusEvent, type KeyboardEvent, useState } from "react";

type Keys<T> = {
  /** Enter, told the highlighted option if any; returns whether it took the key (the form is then not sent). */
  onEnter: (highlighted: T | undefined) => boolean;
  /** Escape; returns whether it took the key. */
  onEscape: () => boolean;
};

/**
 * The keyboard of a text box that suggests options in a listbox: the arrows open the list and move
 * the highlight round it, Enter and Escape are the caller's to decide, and leaving the whole box closes it.
 */
export function useCombobox(listId: string) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  /** The text box's combobox attributes, once it is known whether the list is shown. */
  const inputProps = (shown: boolean) =>
    ({
      role: "combobox",
      "aria-expanded": shown,
      "aria-controls": listId,
      "aria-autocomplete": "list",
      "aria-activedescendant": shown && active >= 0 ? `${listId}-${active}` : undefined,
      autoComplete: "off",
      onFocus: () => setOpen(true),
    }) as const;

  /** The text box's onKeyDown, given the options on show. */
  function onKeyDown<T>(event: KeyboardEvent<HTMLInputElement>, options: T[], { onEnter, onEscape }: Keys<T>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (options.length ? (index + step + options.length) % options.length : -1));
    } else if (event.key === "Enter" && onEnter(options[active])) {
      event.preventDefault();
    } else if (event.key === "Escape" && onEscape()) {
      event.preventDefault();
    }
  }

  return {
    open,
    active,
    setOpen,
    setActive,
    inputProps,
    onKeyDown,
    /** For the element that holds the box and its list: leaving it closes the list. */
    closeOnLeave: (event: FocusEvent<HTMLElement>) =>
      !event.currentTarget.contains(event.relatedTarget) && setOpen(false),
  };
}
