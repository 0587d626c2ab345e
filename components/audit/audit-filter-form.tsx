import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { AuditFilterField } from "@/lib/audit/schema";

type Option = { value: string; label: string };

const subjects = [
  ["token", "Tokens"],
  ["run", "Rotation runs"],
  ["person", "People"],
  ["team", "Teams"],
  ["setting", "Settings"],
  ["runbook_template", "Runbook templates"],
] as const;

type Props = {
  values: Partial<Record<AuditFilterField, string>>;
  errors?: Record<string, string>;
  actionGroups: Option[];
  actions: Option[];
};

/** A plain GET form, so the filtered view lives in the address and can be bookmarked or shared. */
export function AuditFilterForm({ values, errors = {}, actionGroups, actions }: Props) {
  const knownAction = [...actionGroups, ...actions].some((option) => option.value === values.action);
  return (
    <form method="get" action="/audit" className="space-y-4" aria-label="Filter the audit log">
      {values.recordId && (
        <p className="text-sm text-slate-700">
          <input type="hidden" name="recordId" value={values.recordId} />
          Showing one record only. {errors.recordId}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField
          label="Person"
          name="person"
          defaultValue={values.person}
          error={errors.person}
          hint="Part of their name or email."
        />
        <SelectField label="What happened" name="action" defaultValue={values.action ?? ""} error={errors.action}>
          <option value="">Anything</option>
          {values.action && !knownAction && <option value={values.action}>{values.action}</option>}
          <optgroup label="Kinds of events">
            {actionGroups.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Single events">
            {actions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <SelectField label="About" name="recordType" defaultValue={values.recordType ?? ""} error={errors.recordType}>
          <option value="">Anything</option>
          {values.recordType && !subjects.some(([value]) => value === values.recordType) && (
            <option value={values.recordType}>{values.recordType}</option>
          )}
          {subjects.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="From"
          name="from"
          type="date"
          defaultValue={values.from}
          error={errors.from}
          hint="Counted in UTC, this day included."
        />
        <TextField
          label="To"
          name="to"
          type="date"
          defaultValue={values.to}
          error={errors.to}
          hint="Counted in UTC, this day included."
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Show entries</Button>
        <Link href="/audit" className="text-sm text-brand-700 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
