import { z } from "zod";
import { looksLikeSecret } from "@/lib/secrets/looks-like-secret";
import { secretRefusalMessage } from "@/lib/secrets/secret-message";
import { oneLineName } from "@/lib/text/output-text";

export const teamNameSchema = z.object({
  name: z
    .string()
    .overwrite(oneLineName)
    .min(1, "Enter the team's name.")
    // Every signed-in person sees team names, so a pasted key must not become one.
    .superRefine((name, ctx) => {
      const finding = looksLikeSecret(name);
      if (finding) ctx.addIssue({ code: "custom", message: secretRefusalMessage(finding, "Team name") });
    })
    .max(60, "Keep the team's name under 60 characters."),
});
