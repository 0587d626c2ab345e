import { z } from "zod";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import { compromiseNoteLabel, notWorkingNoteLabel, revokeReasonLabel } from "./field-labels";

// A missing value is an empty one, so a required field says so in its own words.
const text = (label: string, max: number) =>
  z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const finding = looksLikeSecret(value);
        if (finding) ctx.addIssue({ code: "custom", message: secretRefusalMessage(finding, label) });
      })
      .max(max, `Keep it under ${max} characters.`),
  );

export const reportCompromisedSchema = z.object({ note: text(compromiseNoteLabel, 2000) });

export const markRevokedSchema = z.object({
  reason: text(revokeReasonLabel, 1000).refine(
    (value) => value.length > 0,
    "Say why it was revoked, for example “Leaked in a public chat channel”.",
  ),
});

export const reportNotWorkingSchema = z.object({ note: text(notWorkingNoteLabel, 1000) });
