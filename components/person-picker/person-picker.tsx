"use client";

import { useEffect, useId, useRef, useState } from "react";
import { describedBy, FieldShell } from "@/components/ui/field-shell";
import { useCombobox } from "@/components/ui/use-combobox";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type PickablePerson, describePerson, usePeopleSearch } from "./use-people-search";

export type { PickablePerson } from "./use-people-search";

type Props = {
  label: string;
  hint?: string;
  /** The person chosen when the page was made (shown by name), if any. */
  chosen?: PickablePerson;
  /** A chosen person's id, `noneValue` when "none" was chosen, or "" while nothing is chosen. */
  value: string;
  onChange: (id: string) => void;
  /** Told the whole person on each choice (the form warns about viewers), and null when the choice is undone. */
  onPick?: (person: PickablePerson | null) => void;
  /** Told while a typed name is still being looked up, so a form can wait before saving. */
  onLookup?: (pending: boolean) => void;
  onBlur?: () => void;
  error?: string;
  /** Offers an explicit "none" choice (a tick box with this label); without it a person must be chosen. */
  noneLabel?: string;
  noneValue?: string;
  /** People who have left can be chosen too (filters); by default only active people can. */
  includeDeactivated?: boolean;
  /** Sends the chosen id (or `noneValue`) with a plain form under this name. */
  name?: string;
};

/**
 * A combobox: type part of a name or email, the server suggests up to 10 people, pick one with the
 * arrow keys and Enter or with a click. Text that names nobody leaves the value empty, which the form
 * refuses: a half-typed name never saves as "nobody". Clearing is its own choice, the tick box.
 */
export function PersonPicker({
  label,
  hint,
  chosen,
  value,
  onChange,
  onPick,
  onLookup,
  onBlur,
  error,
  noneLabel,
  noneValue = "none",
  includeDeactivated = false,
  name,
}: Props) {
  const id = useId();
  const listId = `${id}-people`;
  const hydrated = useHydrated();
  const [text, setText] = useState(chosen && chosen.id === value ? describePerson(chosen) : "");
  const { open, active, setOpen, setActive, inputProps, onKeyDown, closeOnLeave } = useCombobox(listId);
  const none = noneLabel !== undefined && value === noneValue;
  const picked = value !== "" && !none;
  const canChoose = (person: PickablePerson) => includeDeactivated || person.active;

  function choose(person: PickablePerson | null, newText = person ? describePerson(person) : "") {
    setText(newText);
    setActive(-1);
    onChange(person?.id ?? "");
    onPick?.(person);
  }

  // A whole "Name (email)" typed or pasted is taken as that choice once the server confirms it.
  const search = usePeopleSearch(picked ? "" : text, (people, query) => {
    const exact = people.find((person) => canChoose(person) && describePerson(person) === query);
    if (exact) choose(exact);
  });
  const choosable = search.people.filter(canChoose);
  const pending = !picked && search.pending;

  useEffect(() => onLookup?.(pending), [onLookup, pending]);

  const shown = open && !picked && text.trim() !== "" && hydrated;
  const unmatched = !none && !picked && !pending && text.trim() !== "";
  const local = unmatched
    ? `“${text.trim()}” is not one of the suggestions. Choose a person from the list${noneLabel ? `, or tick “${noneLabel}”` : ""}.`
    : undefined;
  const message = local ?? error;
  // A plain form (a filter) would send such text as "anyone": the browser holds it back with this message.
  // The token form checks it itself (noValidate) and says why beside the field.
  const input = useRef<HTMLInputElement>(null);
  const holdBack = local ?? (pending ? `Still looking for “${text.trim()}”: wait a moment, then choose a person.` : "");
  useEffect(() => input.current?.setCustomValidity(holdBack), [holdBack]);
  const status = pending
    ? "Searching…"
    : (search.error ??
      (choosable.length === 0
        ? `Nobody matches “${text.trim()}”.`
        : `${choosable.length}${search.more ? "+" : ""} found.`));

  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <div className="relative" onBlur={closeOnLeave}>
        <input
          ref={input}
          id={id}
          type="text"
          {...inputProps(shown)}
          onKeyDown={(event) =>
            onKeyDown(event, choosable, {
              onEnter: (highlighted) => {
                if (!shown) return false; // only while the list is shown does Enter choose rather than send the form
                const person = highlighted ?? (choosable.length === 1 ? choosable[0] : undefined);
                if (person) {
                  choose(person);
                  setOpen(false);
                }
                return true;
              },
              onEscape: () => {
                if (shown) setOpen(false);
                return shown;
              },
            })
          }
          aria-busy={pending || undefined}
          value={text}
          disabled={!hydrated}
          placeholder={none ? noneLabel : "Type part of a name or email"}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, hint, message)}
          onBlur={onBlur}
          onChange={(event) => {
            setOpen(true);
            if (picked || none) choose(null, event.target.value);
            else setText(event.target.value);
          }}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
        />
        {name && <input type="hidden" name={name} value={picked || none ? value : ""} />}
        <p aria-live="polite" className="sr-only">
          {shown ? status : ""}
        </p>
        <div
          hidden={!shown}
          className="absolute left-0 right-0 z-30 mt-1 rounded-xl border border-slate-200 bg-white p-1 shadow-lg"
        >
          <ul
            id={listId}
            role="listbox"
            aria-label={`People matching “${text.trim()}”`}
            className="max-h-72 overflow-y-auto"
          >
            {choosable.map((person, index) => (
              <li
                key={person.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  choose(person);
                  setOpen(false);
                }}
                className={`cursor-pointer rounded-lg px-3 py-2 text-sm ${index === active ? "bg-brand-50 text-brand-900" : "text-slate-900 hover:bg-slate-50"}`}
              >
                {person.name} <span className="text-slate-600">({person.email})</span>
                {!person.active && <span className="text-slate-600"> · deactivated</span>}
              </li>
            ))}
          </ul>
          {(choosable.length === 0 || search.more || pending) && (
            <p className="px-3 py-2 text-sm text-slate-700">
              {search.more && !pending ? "More people match: type more of the name." : status}
            </p>
          )}
        </div>
      </div>
      {noneLabel !== undefined && (
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={none}
            disabled={!hydrated}
            onChange={(event) => {
              setText("");
              onChange(event.target.checked ? noneValue : "");
              onPick?.(null);
            }}
          />
          {noneLabel}
        </label>
      )}
    </FieldShell>
  );
}
