import { z } from "zod";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import { oneLineName } from "@/lib/text/output-text";
import { roles } from "./roles";
import { emailAddress } from "@/lib/validation/email-address";

export { roleLabels, roles } from "./roles";

const personName = z
  .string()
  .overwrite(oneLineName)
  .min(1, "Enter the person's name.")
  // Names are shown to everyone and sent in emails, so a pasted key must not become one.
  .superRefine((name, ctx) => {
    const finding = looksLikeSecret(name);
    if (finding) ctx.addIssue({ code: "custom", message: secretRefusalMessage(finding, "Name") });
  })
  .max(100, "Keep the name under 100 characters.");

export const renameMyselfSchema = z.object({ name: personName });

export const invitePersonSchema = z.object({
  name: personName,
  email: emailAddress,
  role: z.enum(roles, "Choose a role."),
  teamId: z
    .string()
    .trim()
    .max(50)
    .optional()
    .transform((v) => v || undefined),
});

export type InvitePersonInput = z.input<typeof invitePersonSchema>;

export const changeRoleSchema = z.object({
  personId: z.string().min(1),
  role: z.enum(roles, "Choose a role."),
});
