import type { ComponentProps } from "react";
import { describedBy, FieldShell } from "./field-shell";

type Props = ComponentProps<"input"> & { label: string; name: string; error?: string; hint?: string };

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function TextField({ label, name, error, hint, id = name, className = "", ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
        {...props}
      />
    </FieldShell>
  );
}
