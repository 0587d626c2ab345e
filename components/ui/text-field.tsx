import type { ComponentProps } from "react";

type Props = ComponentProps<"input"> & { label: string; name: string; error?: string; hint?: string };

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function TextField({ label, name, error, hint, id = name, className = "", ...props }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
        {...props}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}
