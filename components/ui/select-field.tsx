import type { ComponentProps } from "react";
import { describedBy, FieldShell } from "./field-shell";

type Props = ComponentProps<"select"> & { label: string; name: string; error?: string; hint?: string };

export function SelectField({ label, name, error, hint, id = name, children, ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900"
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  );
}
