import type { ComponentProps } from "react";
import { describedBy, FieldShell } from "./field-shell";

type Props = ComponentProps<"textarea"> & { label: string; name: string; error?: string; hint?: string };

export function TextareaField({ label, name, error, hint, id = name, ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
        {...props}
      />
    </FieldShell>
  );
}
