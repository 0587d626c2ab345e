import { z } from "zod";
import { oneLineName } from "@/lib/text/output-text";
import { channelKinds } from "./channel-kinds";

export const createChannelSchema = z.object({
  name: z
    .string()
    .overwrite(oneLineName)
    .min(1, "Give the channel a name, such as Marketing in Slack.")
    .max(80, "Keep the name under 80 characters."),
  kind: z.enum(channelKinds, "Choose Slack, Microsoft Teams or Webhook."),
  url: z.string().trim().min(1, "Paste the address the service gave you.").max(2000, "That address is too long."),
  leakAlerts: z.boolean().default(false),
});
export type CreateChannelInput = z.input<typeof createChannelSchema>;
