import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { importFieldLabel, oneValueFields, type FixedValues, type OneValueField } from "@/lib/import/import-fields";
import { criticalities, criticalityLabels, environmentLabels, environments } from "@/lib/tokens/schema";

type Props = {
  unmatched: Set<OneValueField>;
  values: FixedValues;
  errors: Record<string, string>;
  onChange: (values: FixedValues) => void;
};

const choicesOf: Partial<Record<OneValueField, [string, string][]>> = {
  environment: environments.map((key) => [key, environmentLabels[key]]),
  criticality: criticalities.map((key) => [key, criticalityLabels[key]]),
};

/** For fields no column holds: one value used for every row (e.g. Production for every row). */
export function OneValueFields({ unmatched, values, errors, onChange }: Props) {
  const fields = oneValueFields.filter((field) => unmatched.has(field));
  if (fields.length === 0) return null;
  const set = (field: OneValueField, value: string) => onChange({ ...values, [field]: value });
  return (
    <div className="border-t border-slate-200 pt-5">
      <fieldset className="space-y-3">
        <legend className="font-medium text-slate-900">Same value for every row</legend>
        <p className="text-sm text-slate-700">
          No column holds these. Give one value to use for every row, or leave it empty.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {fields.map((field) => {
            const label = `${importFieldLabel(field)} for every row`;
            const common = {
              name: `fixed.${field}`,
              label,
              error: errors[`fixed.${field}`],
              value: values[field] ?? "",
            };
            const choices = choicesOf[field];
            return choices ? (
              <SelectField key={field} {...common} onChange={(event) => set(field, event.target.value)}>
                <option value="">No value</option>
                {choices.map(([key, text]) => (
                  <option key={key} value={key}>
                    {text}
                  </option>
                ))}
              </SelectField>
            ) : (
              <TextField
                key={field}
                {...common}
                type={field.endsWith("Email") ? "email" : "text"}
                maxLength={1000}
                onChange={(event) => set(field, event.target.value)}
              />
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
