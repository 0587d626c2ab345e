"use client";

import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { Button } from "@/components/ui/button";

type Props = { value: string[]; onChange: (value: string[]) => void; errors: Record<string, string> };

/** "What stops working if it expires": one line per report, sync or automation. */
export function DependentsField({ value, onChange, errors }: Props) {
  const rows = value.length > 0 ? value : [""];
  const update = (index: number, text: string) => onChange(rows.map((row, i) => (i === index ? text : row)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">What stops working if it expires</legend>
      <p className="text-sm text-slate-600">
        Reports, syncs or automations that use this token, one per line. For example: “Monday pipeline report”.
      </p>
      {rows.map((row, index) => (
        <div key={index} className="space-y-1">
          <div className="flex gap-2">
            <label className="sr-only" htmlFor={`dependent-${index}`}>
              What stops working, line {index + 1}
            </label>
            <input
              id={`dependent-${index}`}
              name="dependents"
              value={row}
              onChange={(event) => update(index, event.target.value)}
              aria-invalid={errors[`dependents.${index}`] ? true : undefined}
              aria-describedby={errors[`dependents.${index}`] ? `dependent-${index}-error` : undefined}
              className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-700"
            />
            {rows.length > 1 && (
              <Button
                needsScript
                type="button"
                variant="secondary"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                aria-label={`Remove line ${index + 1}`}
              >
                Remove
              </Button>
            )}
          </div>
          {errors[`dependents.${index}`] && (
            <p id={`dependent-${index}-error`} className="text-sm text-red-800">
              <InlineIcon icon={TriangleAlert} />
              {errors[`dependents.${index}`]}
            </p>
          )}
        </div>
      ))}
      <Button needsScript type="button" variant="secondary" onClick={() => onChange([...rows, ""])}>
        Add another
      </Button>
    </fieldset>
  );
}
