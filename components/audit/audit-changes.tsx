type FieldChange = { field: string; before: string; after: string };

/** Each changed field as "field: before → after"; values are plain text, never markup. */
export function AuditChanges({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <span className="text-slate-600">No field changes</span>;
  return (
    <ul className="space-y-1">
      {changes.map((change) => (
        <li key={change.field} className="break-words">
          <code className="font-semibold text-slate-900">{change.field}</code>:{" "}
          <span className="text-slate-700">{change.before}</span>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> changed to </span>
          <span className="text-slate-900">{change.after}</span>
        </li>
      ))}
    </ul>
  );
}
