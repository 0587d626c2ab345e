"use client";

import { useId, useState } from "react";
import { describedBy, FieldShell } from "@/components/ui/field-shell";

export type PickablePerson = { id: string; name: string; email: string; active: boolean };

type Props = {
  label: string;
  hint?: string;
  people: PickablePerson[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
  allowNone?: string;
};

const describe = (person: PickablePerson) => `${person.name} (${person.email})`;

/** Type a name or email and pick from the browser's suggestions; only active people can be chosen. */
export function PersonPicker({ label, hint, people, value, onChange, error, allowNone }: Props) {
  const id = useId();
  const choosable = people.filter((person) => person.active);
  const chosen = people.find((person) => person.id === value);
  const [text, setText] = useState(chosen ? describe(chosen) : "");
  const unmatched = text.trim() !== "" && !choosable.some((person) => describe(person) === text);
  const message = error ?? (unmatched ? "Choose a person from the suggestions, or clear the field." : undefined);
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <input
        id={id}
        list={`${id}-people`}
        value={text}
        autoComplete="off"
        placeholder={allowNone ?? "Type a name or email"}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
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
    </FieldShell>
  );
}
