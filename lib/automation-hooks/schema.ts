import { z } from "zod";

export const automationHookSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the hook's address, starting with https://.")
    .max(2000, "That address is too long (at most 2,000 characters)."),
});
export type AutomationHookInput = z.infer<typeof automationHookSchema>;
