import { fieldLabel, isHiddenField, valueWords, type AuditNames } from "./audit-field-words";
import { describeStepChanges, runbookStepSection } from "./describe-step-changes";

/**
 * One change as a sentence ("Expiry date changed from 12 Dec 2026 to 12 Mar 2027"), with step-by-step details for
 * runbooks.
 */
export type ChangeLine = {
  field: string;
  text: string;
  details: string[];
  /** false for a fact of a row with one side only */ changed: boolean;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asFields = (value: unknown): Record<string, unknown> | null =>
  value == null ? null : isRecord(value) ? value : { value };
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
// A field that is missing and a field that is null both mean "not set", so neither counts as a change.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changeSentence(field: string, before: unknown, after: unknown, names: AuditNames): ChangeLine {
  const section = runbookStepSection(field);
  if (section)
    return { field, text: `Steps edited in “${section}”`, details: describeStepChanges(before, after), changed: true };
  const label = fieldLabel(field);
  const text = isEmpty(before)
    ? `${label} set to ${valueWords(field, after, names)}`
    : isEmpty(after)
      ? `${label} removed (was ${valueWords(field, before, names)})`
      : `${label} changed from ${valueWords(field, before, names)} to ${valueWords(field, after, names)}`;
  return { field, text, details: [], changed: true };
}

function factLine(field: string, value: unknown, names: AuditNames): ChangeLine {
  const section = runbookStepSection(field);
  const count = Array.isArray(value) ? value.length : 0;
  if (section)
    return { field, text: `“${section}”: ${count === 1 ? "1 step" : `${count} steps`}`, details: [], changed: false };
  return { field, text: `${fieldLabel(field)}: ${valueWords(field, value, names)}`, details: [], changed: false };
}

/**
 * What an audit row says changed, in sentences a non-engineer reads: fields by their names on the
 * page, people by name, dates as dates. A row with only one side lists its facts instead.
 */
export function describeChanges(before: unknown, after: unknown, names: AuditNames): ChangeLine[] {
  const was = asFields(before);
  const now = asFields(after);
  const shown = (fields: Record<string, unknown>) => Object.keys(fields).filter((field) => !isHiddenField(field));
  if (!was || !now) {
    const only = now ?? was ?? {};
    return shown(only)
      .filter((field) => !isEmpty(only[field]))
      .map((field) => factLine(field, only[field], names));
  }
  const fields = [...new Set([...shown(now), ...shown(was)])];
  return fields
    .filter((field) => !same(was[field], now[field]))
    .map((field) => changeSentence(field, was[field], now[field], names));
}
