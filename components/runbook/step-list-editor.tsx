"use client";

import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { Button } from "@/components/ui/button";

export type EditableStep = { id: number; text: string };

type Props = {
  sectionKey: string;
  number: number;
  title: string;
  hint: string;
  steps: EditableStep[];
  errors: Record<string, string>;
  consoleLink: { url: string; markdown: string } | null;
  onChange: (steps: EditableStep[]) => void;
  newId: () => number;
};

const move = (steps: EditableStep[], from: number, to: number) => {
  const next = [...steps];
  const [step] = next.splice(from, 1);
  next.splice(to, 0, step);
  return next;
};

/** One runbook section as an ordered list of steps: add, remove, reorder, and link the provider console. */
export function StepListEditor({
  sectionKey,
  number,
  title,
  hint,
  steps,
  errors,
  consoleLink,
  onChange,
  newId,
}: Props) {
  const update = (index: number, text: string) =>
    onChange(steps.map((step, i) => (i === index ? { ...step, text } : step)));
  const sectionError = errors[sectionKey];
  return (
    <fieldset
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      aria-describedby={`${sectionKey}-hint`}
    >
      <legend className="px-1 text-lg font-semibold">
        {number}. {title}
      </legend>
      <p id={`${sectionKey}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <ol className="space-y-4">
        {steps.map((step, index) => {
          const id = `${sectionKey}-${step.id}`;
          const error = errors[`${sectionKey}.${index}`];
          const label = `${title}, step ${index + 1}`;
          return (
            <li key={step.id} className="space-y-2">
              <label htmlFor={id} className="block text-sm font-medium text-slate-800">
                Step {index + 1}
                <span className="sr-only"> of “{title}”</span>
              </label>
              <textarea
                id={id}
                value={step.text}
                rows={3}
                onChange={(event) => update(index, event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className="block min-h-20 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 field-sizing-content aria-invalid:border-red-700"
              />
              {error && (
                <p id={`${id}-error`} className="text-sm text-red-800">
                  <InlineIcon icon={TriangleAlert} />
                  {error}
                </p>
              )}
              <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <Button
                  needsScript
                  type="button"
                  variant="link"
                  disabled={index === 0}
                  aria-label={`Move ${label} up`}
                  onClick={() => onChange(move(steps, index, index - 1))}
                >
                  ↑ Up
                </Button>
                <Button
                  needsScript
                  type="button"
                  variant="link"
                  disabled={index === steps.length - 1}
                  aria-label={`Move ${label} down`}
                  onClick={() => onChange(move(steps, index, index + 1))}
                >
                  ↓ Down
                </Button>
                {consoleLink && !step.text.includes(consoleLink.url) && (
                  <Button
                    needsScript
                    type="button"
                    variant="link"
                    aria-label={`Add the console link to ${label}`}
                    onClick={() => update(index, `${step.text.trimEnd()} ${consoleLink.markdown}`.trim())}
                  >
                    + Console link
                  </Button>
                )}
                <Button
                  needsScript
                  type="button"
                  variant="link"
                  aria-label={`Remove ${label}`}
                  onClick={() => onChange(steps.filter((_, i) => i !== index))}
                >
                  ✕ Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {sectionError && (
        <p className="text-sm text-red-800">
          <InlineIcon icon={TriangleAlert} />
          {sectionError}
        </p>
      )}
      <Button
        needsScript
        type="button"
        variant="secondary"
        onClick={() => onChange([...steps, { id: newId(), text: "" }])}
      >
        + Add a step
      </Button>
    </fieldset>
  );
}
