import { z } from "zod";
import type { ChannelNotice } from "./channel-notice";

/** Bumped only when a field changes meaning or goes away; new fields may appear in any version. */
export const webhookSchemaVersion = "tokenbook.notification/v1";

/** The generic webhook's body, documented in the README and published from this schema. */
export const webhookPayloadSchema = z.object({
  schema: z.literal(webhookSchemaVersion),
  /** Unique per message; the same id on a retry, so a receiver can drop a repeat. */
  id: z.string(),
  event: z.string().describe("reminder.expiry, reminder.rotation, reminder.escalation, leak.reported or test"),
  title: z.string(),
  lines: z.array(z.string()),
  token: z.object({ id: z.string(), name: z.string(), service: z.string() }).nullable(),
  due: z.object({ on: z.string().describe("YYYY-MM-DD"), shown: z.string(), when: z.string() }).nullable(),
  stopsWorking: z.array(z.string()),
  owner: z.string().nullable(),
  backup: z.string().nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

export function webhookPayload(notice: ChannelNotice, id: string): WebhookPayload {
  return { schema: webhookSchemaVersion, id, ...notice };
}
