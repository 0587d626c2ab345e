export type FieldChange = { field: string; before: string; after: string };

const longest = 300;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const asFields = (value: unknown) => (value == null ? {} : isRecord(value) ? value : null);
// A field that is missing and a field that is null both mean "not set", so neither counts as a change.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Any JSON value as short plain text; React and the CSV writer escape it, so it is shown, never run. */
export function jsonAsText(value: unknown) {
  if (value === undefined || value === null) return "(empty)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > longest ? `${text.slice(0, longest)}…` : text;
}

/** Only the fields whose value differs between before and after, sorted by name. */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const was = asFields(before);
  const now = asFields(after);
  if (!was || !now) return same(before, after) ? [] : [{ field: "value", before: jsonAsText(before), after: jsonAsText(after) }];
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort();
  return fields
    .filter((field) => !same(was[field], now[field]))
    .map((field) => ({ field, before: jsonAsText(was[field]), after: jsonAsText(now[field]) }));
}
