import { z } from "zod";
import { isCalendarDateInRange } from "@/lib/dates/calendar-date";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import { oneLineName } from "@/lib/text/output-text";
import { apiKeyScopes } from "./scope-words";

export const createApiKeySchema = z.object({
  name: z
    .string({ message: "Give the key a name, like “ci-deploy”." })
    .overwrite(oneLineName)
    .min(1, "Give the key a name, like “ci-deploy”.")
    .superRefine((value, ctx) => {
      const finding = looksLikeSecret(value);
      if (finding) ctx.addIssue({ code: "custom", message: secretRefusalMessage(finding, "Key name") });
    })
    .max(80, "Keep the name under 80 characters."),
  scope: z.enum(apiKeyScopes, "Choose what the key may do."),
  expiresOn: z
    .string({ message: "Enter the last day the key works, like 2027-03-31." })
    .trim()
    .refine(isCalendarDateInRange, "Enter the last day the key works as a date, like 2027-03-31."),
  ownerId: z
    .string({ message: "Choose who answers for the key." })
    .trim()
    .min(1, "Choose who answers for the key.")
    .max(50, "Choose who answers for the key."),
  // The key's inventory token gets reminders; its backup hears them too. Empty or "none": nobody yet.
  backupId: z
    .string("Choose the backup from the list of people, or nobody.")
    .trim()
    .max(50, "Choose the backup from the list of people, or nobody.")
    .optional()
    .transform((value) => (!value || value === "none" ? null : value)),
});

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
