import { openSecret } from "@/lib/crypto/seal-secret";
import { env } from "@/lib/env";
import { safePost, type SafePostAnswer } from "@/lib/webhooks/safe-post";
import { signatureHeader, signWebhook } from "@/lib/webhooks/sign-webhook";

type Channel = { kind: string; urlEncrypted: string; secretEncrypted: string | null };

/**
 * Posts a body to a channel's (decrypted) address. A webhook's body is signed with the real clock at
 * the moment it is sent (not a job's scheduled time), since the receiver checks it against its own.
 */
export function postToChannel(channel: Channel, body: string): Promise<SafePostAnswer> {
  const headers: Record<string, string> = {};
  if (channel.kind === "webhook" && channel.secretEncrypted)
    headers[signatureHeader] = signWebhook(openSecret(channel.secretEncrypted), body, new Date());
  return safePost(openSecret(channel.urlEncrypted), body, {
    allowPrivateAddresses: env().WEBHOOKS_ALLOW_PRIVATE_ADDRESSES,
    headers,
  });
}

/** "The service answered 200: ok" — what a person sees of an answer, on one line. */
export function describeAnswer(answer: SafePostAnswer): string {
  const said = answer.body.replace(/\s+/g, " ").trim();
  return `The service answered ${answer.status}${said ? `: ${said.length > 200 ? `${said.slice(0, 200)}…` : said}` : "."}`;
}

export const isSuccess = (status: number) => status >= 200 && status < 300;
/** The address is gone for good (a revoked Slack or Teams webhook answers 404 or 410). */
export const isGone = (status: number) => status === 404 || status === 410;
