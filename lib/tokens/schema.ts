import { z } from "zod";
import { dateRangeHint, isCalendarDateInRange, isNeverEndsDate } from "@/lib/dates/calendar-date";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import { requiredTypedText, withoutBidiControls } from "@/lib/text/fold-text";
import { oneLineName } from "@/lib/text/output-text";

const tagPattern = /^[\p{L}\p{N} _-]*$/u;

export const environments = ["production", "staging", "development", "test"] as const;
export const criticalities = ["low", "medium", "high", "critical"] as const;

export const environmentLabels: Record<(typeof environments)[number], string> = {
  production: "Production",
  staging: "Staging",
  development: "Development",
  test: "Test",
};

export const criticalityLabels: Record<(typeof criticalities)[number], string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

/** Free text that must never carry the secret itself (checked again, fully, on the server). */
const noSecret = (label: string) => (value: string, ctx: z.RefinementCtx) => {
  const finding = looksLikeSecret(value);
  if (finding) ctx.addIssue({ code: "custom", message: secretRefusalMessage(finding, label) });
};

// The secret check comes first, so a pasted key is refused as a secret, not as "too long".
// Bidi overrides go from all typed text: they turn the words after them backwards, and could disguise a step.
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .overwrite(withoutBidiControls)
    .superRefine(noSecret(label))
    .max(max, `Keep ${label.toLowerCase()} under ${max} characters.`);

// Text that shows nothing (zero-width spaces, say) is refused like empty text.
const requiredText = (label: string, max: number, hint: string) =>
  z
    .string({ message: `Enter ${hint}.` })
    .trim()
    .overwrite(requiredTypedText)
    .min(1, `Enter ${hint}.`)
    .superRefine(noSecret(label))
    .max(max, `Keep ${label.toLowerCase()} under ${max} characters.`);

// A name is one line: a pasted two-line cell, a tab or a control character becomes a single space.
const oneLineText = (label: string, max: number, hint: string) =>
  z
    .string({ message: `Enter ${hint}.` })
    .overwrite(oneLineName)
    .min(1, `Enter ${hint}.`)
    .superRefine(noSecret(label))
    .max(max, `Keep ${label.toLowerCase()} under ${max} characters.`);

const optionalText = (label: string, max: number) =>
  text(label, max)
    .optional()
    .transform((v) => v || undefined);

export { isNeverEndsDate, neverEndsNote } from "@/lib/dates/calendar-date";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const calendarDate = (label: string, { neverEnds = false } = {}) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine(
      (v) =>
        v === undefined ||
        (isoDate.test(v) &&
          !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
          new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
      {
        message: `Enter ${label} as a date, like 2026-12-31.`,
        abort: true,
      },
    )
    .refine((v) => v === undefined || isCalendarDateInRange(v) || (neverEnds && isNeverEndsDate(v)), {
      message: `Enter ${label} ${dateRangeHint}.${neverEnds ? " If the token never ends, tick “Does not expire”." : ""}`,
    });

const personId = z
  .string()
  .trim()
  .max(50)
  .optional()
  .transform((v) => v || undefined);

/** The backup picker's explicit "No backup" choice: the only value that clears a backup. */
export const noBackup = "none";

/**
 * A person picker's value: a chosen person's id, never a guess. Missing, empty or non-string
 * means "not chosen" and is refused with the field's own message, never read as "clear".
 */
const chosenPerson = (message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, message)
    .max(50, message)
    .refine((v) => v !== noBackup, { message });

/** Like a chosen person, but "No backup" is a choice too; it is the only way to clear a backup. */
const chosenBackup = (message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, message)
    .max(50, message)
    .transform((v) => (v === noBackup ? null : v));

export const ownerMessage = "Choose the owner from the suggestions.";
export const backupMessage = "Choose the backup from the suggestions, or tick “No backup”.";

export const tokenInputSchema = z
  .object({
    name: oneLineText("Name", 120, "a name, like “HubSpot reporting key”"),
    service: oneLineText("Service", 80, "the service it unlocks, like HubSpot"),
    purpose: requiredText("Purpose", 1000, "what it is for, in plain words"),
    dependents: z
      .array(z.string().overwrite(oneLineName).pipe(text("What stops working", 200)))
      .max(30, "List at most 30 things.")
      .default([])
      .transform((list) => list.filter(Boolean)),
    environment: z.enum(environments, "Choose an environment."),
    secretLocation: requiredText(
      "Where the secret is stored",
      300,
      "where the secret is stored, like “1Password › Marketing vault”",
    ),
    scopes: optionalText("Scopes", 1000),
    ownerId: chosenPerson(ownerMessage),
    backupId: chosenBackup(backupMessage),
    teamId: personId,
    // An admin's "Make them an editor" next to a viewer chosen as owner or backup.
    promoteHolders: z.boolean().default(false),
    // The token's last change when the edit form was opened; a save from an older form is refused.
    version: z.string().max(40).optional(),
    issuedOn: calendarDate("the issue date"),
    expiresOn: calendarDate("the expiry date", { neverEnds: true }),
    doesNotExpire: z.boolean().default(false),
    rotateEveryDays: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce
        .number({ message: "Enter a number of days." })
        .int("Enter a whole number of days.")
        .min(1, "Enter at least 1 day.")
        .max(3650, "Enter at most 3650 days (10 years).")
        .optional(),
    ),
    lastRotatedOn: calendarDate("the last rotation date"),
    criticality: z.enum(criticalities, "Choose how critical it is."),
    consoleUrl: z
      .string()
      .trim()
      .max(500, "Keep the link under 500 characters.")
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || (/^https:\/\//i.test(v) && URL.canParse(v)), {
        message: "Enter a full https:// link to the provider's page.",
      })
      .superRefine((v, ctx) => {
        if (v) noSecret("Console link")(v, ctx);
      }),
    tags: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .superRefine(noSecret("Tags"))
          .max(40, "Keep each tag under 40 characters.")
          .regex(tagPattern, "Tags use letters, numbers, spaces, - and _.")
          // The API's description gives the pattern as JSON Schema writes one (its generator would keep "/u").
          .meta({ pattern: tagPattern.source }),
      )
      .max(15, "Use at most 15 tags.")
      .default([])
      .transform((list) => [...new Set(list.filter(Boolean))]),
    notes: optionalText("Notes", 5000),
  })
  .superRefine((input, ctx) => {
    if (!input.expiresOn && !input.doesNotExpire) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "Enter the expiry date, or tick “Does not expire”.",
      });
    }
    if (input.expiresOn && input.doesNotExpire && !isNeverEndsDate(input.expiresOn)) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "Either enter an expiry date or tick “Does not expire”, not both.",
      });
    }
    if (input.ownerId && input.backupId && input.ownerId === input.backupId) {
      ctx.addIssue({
        code: "custom",
        path: ["backupId"],
        message: "The backup must be a different person from the owner.",
      });
    }
    if (input.issuedOn && input.expiresOn && input.expiresOn < input.issuedOn) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "The expiry date is before the issue date." });
    }
  })
  // 9999-12-31 and the like: the "never ends" convention, saved as "does not expire" (the form says so as it is typed).
  .transform((input) =>
    isNeverEndsDate(input.expiresOn) ? { ...input, expiresOn: undefined, doesNotExpire: true } : input,
  );

export type TokenInput = z.input<typeof tokenInputSchema>;
export type ParsedTokenInput = z.output<typeof tokenInputSchema>;

/** The free-text fields, with their labels, that the full secret check runs over on the server. */
export const freeTextFields: [keyof ParsedTokenInput, string][] = [
  ["name", "Name"],
  ["service", "Service"],
  ["purpose", "Purpose"],
  ["secretLocation", "Where the secret is stored"],
  ["scopes", "Scopes"],
  ["consoleUrl", "Console link"],
  ["notes", "Notes"],
];
