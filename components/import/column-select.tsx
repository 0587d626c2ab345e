import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { importFields, listSeparatorHints, type ImportColumn, type ImportFieldKey } from "@/lib/import/import-fields";

type Props = {
  column: ImportColumn;
  value: ImportFieldKey | "";
  error?: string;
  onChange: (value: ImportFieldKey | "") => void;
};

/** One spreadsheet column and the Tokenbook field it holds, with its first value to recognise it by. */
export function ColumnSelect({ column, value, error, onChange }: Props) {
  const id = `column-${column.index}`;
  const describedBy = [`${id}-sample`, column.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Column “{column.header}”
      </label>
      <p id={`${id}-sample`} className="truncate text-sm text-slate-600">
        {column.looksSecret ? (
          <span className="text-amber-900">
            <InlineIcon icon={TriangleAlert} />
            Values hidden: they look like secrets. Leave this column ignored.
          </span>
        ) : column.sample ? (
          <>
            First value: <span className="text-slate-900">{column.sample}</span>
          </>
        ) : (
          "This column is empty."
        )}
      </p>
      {column.hint && (
        <p id={`${id}-hint`} className="text-sm text-sky-950">
          <span aria-hidden="true">ℹ </span>
          {column.hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as ImportFieldKey | "")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
      >
        <option value="">Ignore this column</option>
        {importFields.map((field) => (
          <option key={field.key} value={field.key}>
            {field.label}
            {field.required ? " (needed)" : ""}
          </option>
        ))}
      </select>
      {value && listSeparatorHints[value] && <p className="text-sm text-slate-700">{listSeparatorHints[value]}</p>}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          <InlineIcon icon={TriangleAlert} />
          {error}
        </p>
      )}
    </div>
  );
}
