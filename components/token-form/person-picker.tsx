"use client";

import { useId, useState } from "react";
import { describedBy, FieldShell } from "@/components/ui/field-shell";
import { useHydrated } from "@/components/ui/use-hydrated";

export type PickablePerson = { id: string; name: string; email: string; active: boolean; role?: string };

type Props = {
  label: string;
  hint?: string;
  people: PickablePerson[];
  /** A chosen person's id, `noneValue` when "none" was chosen, or "" while nothing is chosen. */
  value: string;
  onChange: (id: string) => void;
  onBlur?: () => void;
  error?: string;
  /** Offers an explicit "none" choice (a tick box with this label); without it a person must be chosen. */
  noneLabel?: string;
  noneValue?: string;
};

const describe = (person: PickablePerson) => `${person.name} (${person.email})`;

/**
 * Type a name or email and pick from the browser's suggestions; only active people can be chosen.
 * Text that names nobody leaves the value empty, which the form refuses: a half-typed name never
 * saves as "nobody". Clearing is its own choice, the tick box.
 */
export function PersonPicker({ label, hint, people, value, onChange, onBlur, error, noneLabel, noneValue = "none" }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  const choosable = people.filter((person) => person.active);
  const chosen = people.find((person) => person.id === value);
  const [text, setText] = useState(chosen ? describe(chosen) : "");
  const none = noneLabel !== undefined && value === noneValue;
  const unmatched = !none && text.trim() !== "" && !choosable.some((person) => describe(person) === text);
  const local = unmatched ? `“${text.trim()}” is not one of the suggestions. Choose a person from the list${noneLabel ? `, or tick “${noneLabel}”` : ""}.` : undefined;
  const message = local ?? error;
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <input
        id={id}
        list={`${id}-people`}
        value={text}
        autoComplete="off"
        placeholder={none ? noneLabel : "Type a name or email"}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        onBlur={onBlur}
        onChange={(event) => {
          setText(event.target.value);
          const match = choosable.find((person) => describe(person) === event.target.value);
          onChange(match?.id ?? "");
        }}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
      />
      <datalist id={`${id}-people`}>
        {choosable.map((person) => (
          <option key={person.id} value={describe(person)} />
        ))}
      </datalist>
      {noneLabel !== undefined && (
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={none}
            disabled={!hydrated}
            onChange={(event) => {
              if (event.target.checked) setText("");
              onChange(event.target.checked ? noneValue : "");
            }}
          />
          {noneLabel}
        </label>
      )}
    </FieldShell>
  );
}
