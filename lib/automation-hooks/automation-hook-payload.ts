import type { ChannelNotice } from "@/lib/channels/channel-notice";
import { webhookPayload, type WebhookPayload } from "@/lib/channels/webhook-payload";

export const rotationDueEvent = "automation.rotation-due";

/** Where a script reports back, relative to APP_URL, with an API key of the write scope. */
export const reportPaths = (tokenId: string) => {
  const token = `/api/v1/tokens/${encodeURIComponent(tokenId)}`;
  return { token, rotated: `${token}/rotated` };
};

/**
 * The hook's body: the webhook schema (tokenbook.notification/v1) with the event "automation.rotation-due",
 * the step that fired it and the API paths to report the rotation back.
 */
export function automationHookPayload(
  notice: ChannelNotice,
  id: string,
  tokenId: string,
  step: string,
): WebhookPayload & { step: string; report: ReturnType<typeof reportPaths> } {
  return { ...webhookPayload(notice, id), event: rotationDueEvent, step, report: reportPaths(tokenId) };
}
