import { z } from "zod";

export const teamNameSchema = z.object({
  name: z.string().trim().min(1, "Enter the team's name.").max(60, "Keep the team's name under 60 characters."),
});
