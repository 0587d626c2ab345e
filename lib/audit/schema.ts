import { z } from "zod";
import { dateRangeHint, isCalendarDateInRange } from "@/lib/dates/calendar-date";
import { InvalidInputError } from "@/lib/errors";

export const auditFilterFields = ["person", "action", "recordType", "recordId", "from", "to"] as const;
export type AuditFilterField = (typeof auditFilterFields)[number];

/** Raw URL search parameters, as Next.js hands them to a page or a route handler builds them. */
export type AuditSearchParams = Record<string, string | string[] | undefined>;

const largestId = 9_223_372_036_854_775_807n;
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const emptyToUndefined = (value: string | undefined) => value || undefined;

const text = (max: number, message: string) =>
  z.preprocess(firstValue, z.string().trim().max(max, message).optional().transform(emptyToUndefined));

const calendarDate = (message: string) =>
  z.preprocess(
    firstValue,
    z
      .string()
      .trim()
      .optional()
      .transform(emptyToUndefined)
      .refine((value) => value === undefined || isCalendarDateInRange(value), message),
  );

export const auditFiltersSchema = z
  .object({
    person: text(200, "Keep the person search under 200 characters."),
    // An action ending in "." matches every action that starts with it, such as "person.".
    action: text(100, "Choose an action from the list.").pipe(
      z
        .string()
        .regex(/^[a-z0-9_.]+$/, "Choose an action from the list.")
        .optional(),
    ),
    recordType: text(50, "Keep the record type under 50 characters."),
    recordId: text(200, "Keep the record ID under 200 characters."),
    from: calendarDate(`Enter the “From” date as a date ${dateRangeHint}, like 2026-03-31.`),
    to: calendarDate(`Enter the “To” date as a date ${dateRangeHint}, like 2026-03-31.`),
    before: z.preprocess(
      firstValue,
      z
        .string()
        .regex(/^\d{1,19}$/, "That page link is not valid. Start again from the newest entries.")
        .transform(BigInt)
        .refine((id) => id <= largestId, "That page link is not valid. Start again from the newest entries.")
        .optional(),
    ),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ["to"],
    message: "The “To” date is before the “From” date.",
  });

export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** Checks the filters of the audit log; a bad value becomes a plain message, never a server error. */
export function parseAuditFilters(params: AuditSearchParams): AuditFilters {
  const parsed = auditFiltersSchema.safeParse(params);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
  throw new InvalidInputError(Object.values(fields).join(" "), fields);
}

/** The filters as typed, for filling the form again (even when a value was not valid). */
export function readAuditFilterValues(params: AuditSearchParams): Partial<Record<AuditFilterField, string>> {
  const entries = auditFilterFields.map((field) => [field, firstValue(params[field])] as const);
  return Object.fromEntries(
    entries.filter(
      (entry): entry is [AuditFilterField, string] => typeof entry[1] === "string" && entry[1].trim() !== "",
    ),
  );
}

/** A query string carrying the same filters, for "Older entries" and the CSV download. */
export function auditFilterQuery(
  values: Partial<Record<AuditFilterField, string>>,
  extra: Record<string, string> = {},
) {
  const query = new URLSearchParams();
  for (const field of auditFilterFields) if (values[field]) query.set(field, values[field].trim());
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query.toString();
}
