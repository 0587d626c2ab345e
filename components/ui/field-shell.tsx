import type { ReactNode } from "react";
import { noticeSymbolId } from "./notice";
import { InlineSign } from "./sign-use";

type Props = { id: string; label: string; hint?: string; error?: string; className?: string; children: ReactNode };

/** The ids a field's control points at with aria-describedby: its hint and its error. */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/** Label, hint and error around one form control, so every field reads and announces the same way. */
export function FieldShell({ id, label, hint, error, className = "", children }: Props) {
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
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {/* The warning notice's sign, from the sprite file: no drawing code in every form's script. */}
          <InlineSign id={noticeSymbolId("warning")} />
          {error}
        </p>
      )}
    </div>
  );
}
