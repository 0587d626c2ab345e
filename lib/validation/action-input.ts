import { z } from "zod";
import type { ActionState } from "@/lib/auth/run-action";

const outOfDate = "This form is out of date or was changed. Reload the page and try again.";

/** A record's id as a form or a call sends it: a short string, never an object or a megabyte. */
export const recordId = z.string(outOfDate).trim().min(1, outOfDate).max(64, outOfDate);

/**
 * The version of a shared record its edit form was opened at (its last change, or "" while it did
 * not exist yet). Required: a save that does not say which version it changes is refused.
 */
export const openedVersion = z.string(outOfDate).max(100, outOfDate);

/** A free-text form field: a string of bounded length, "" when absent (its own schema judges the words later). */
export const formText = (max = 10_000) =>
  z
    .string("Enter text here.")
    .max(max, `Keep it under ${max.toLocaleString("en-GB")} characters.`)
    .default("");

/** A checkbox: "on" when ticked, absent otherwise. */
export const checkbox = z.enum(["on", "true", "false"]).optional();

/** What a server action received as its form: a hand-made request can send anything in its place, read as an empty form. */
export const receivedForm = (data: unknown): FormData => (data instanceof FormData ? data : new FormData());

/** The string fields of a form as an object; a file or a repeated field is left as it came, for the schema to refuse. */
export function formObject(received: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const formData = receivedForm(received);
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    object[key] = values.length === 1 ? values[0] : values;
  }
  return object;
}

export type DoorResult<T> = { ok: true; data: T } | { ok: false; state: ActionState };

/**
 * Every server action's first step: the whole input checked against its schema before anything
 * else runs (no session lookup, no query). A refusal carries a plain message per field.
 */
export async function parseAtTheDoor<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): Promise<DoorResult<z.output<Schema>>> {
  const parsed = await schema.safeParseAsync(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "form"] ??= issue.message;
  const message =
    fields.form ??
    Object.values(fields).find((text) => text === outOfDate) ??
    "Some details need fixing; nothing was saved.";
  return { ok: false, state: { ok: false, message, fields } };
}
