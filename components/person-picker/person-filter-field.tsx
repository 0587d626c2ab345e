"use client";

import { useState } from "react";
import { PersonPicker, type PickablePerson } from "./person-picker";

type Props = { label: string; name: string; chosen?: PickablePerson };

/** A person filter in a plain GET form: type to find anyone, those who left included; empty means anyone. */
export function PersonFilterField({ label, name, chosen }: Props) {
  const [value, setValue] = useState(chosen?.id ?? "");
  return (
    <PersonPicker
      label={label}
      hint="Leave empty for anyone."
      name={name}
      chosen={chosen}
      value={value}
      onChange={setValue}
      includeDeactivated
    />
  );
}
