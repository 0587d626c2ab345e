import { z } from "zod";
import { dateRangeHint, isCalendarDateInRange } from "@/lib/dates/calendar-date";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import { practiceSignOffLabel, signOffLabel } from "./field-labels";

const calendarDate = (what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isCalendarDateInRange(v), {
      message: `Enter ${what} as a date ${dateRangeHint}, like 2027-12-31.`,
    });

// A missing note is an empty one, so "required" is said in the same plain words either way.
const note = (label: string, required: string | null, max = 2000) =>
  z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        if (required && !value) ctx.addIssue({ code: "custom", message: required });
        const finding = looksLikeSecret(value);
        if (finding) ctx.addIssue({ code: "custom", message: secretRefusalMessage(finding, label) });
      })
      .max(max, `Keep it under ${max} characters.`),
  );

/** Finishing a rotation or emergency replacement: the new dates and how the person checked it. */
export const finishRotationSchema = z
  .object({
    newExpiresOn: calendarDate("the new expiry date"),
    doesNotExpire: z.boolean().default(false),
    newIssuedOn: calendarDate("the issue date"),
    signOffNote: note(
      signOffLabel,
      "Say how you checked that the new one works, for example “The Monday report loaded fresh numbers”.",
    ),
  })
  .superRefine((input, ctx) => {
    if (!input.newExpiresOn && !input.doesNotExpire) {
      ctx.addIssue({
        code: "custom",
        path: ["newExpiresOn"],
        message: "Enter the new expiry date shown by the provider, or tick “The new one does not expire”.",
      });
    }
    if (input.newExpiresOn && input.doesNotExpire) {
      ctx.addIssue({
        code: "custom",
        path: ["newExpiresOn"],
        message: "Either enter an expiry date or tick “does not expire”, not both.",
      });
    }
    if (input.newExpiresOn && input.newIssuedOn && input.newExpiresOn < input.newIssuedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["newExpiresOn"],
        message: "The new expiry date is before the issue date.",
      });
    }
  });

export const finishPracticeSchema = z.object({
  signOffNote: note(practiceSignOffLabel, "Write a sentence about how the practice went."),
});

export const rollBackSchema = z.object({
  reason: note("Why you rolled back", "Say what went wrong, so the next person knows.", 1000),
});

export const abandonSchema = z.object({
  reason: note("Why you stopped", null, 1000),
});

export type FinishRunInput = {
  newExpiresOn?: string;
  doesNotExpire?: boolean;
  newIssuedOn?: string;
  signOffNote?: string;
};
