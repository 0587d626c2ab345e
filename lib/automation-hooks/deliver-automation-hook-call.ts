import { describeAnswer, isSuccess } from "@/lib/channels/post-to-channel";
import { openSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { OutboxMessage } from "@/lib/generated/prisma/client";
import { maxOutageAttempts, nextAttemptAt } from "@/lib/mail/delivery-failure";
import type { DeliveryResult } from "@/lib/mail/send-mail";
import { OutgoingRequestError, safePost } from "@/lib/webhooks/safe-post";
import { signatureHeader, signWebhook } from "@/lib/webhooks/sign-webhook";

/**
 * Posts one claimed outbox row to its token's automation hook, signed like a webhook channel's body
 * (with the clock at the moment of sending). 429, 5xx and network failures are retried with the outbox's
 * backoff; a refused address, a redirect or another 4xx fails at once. Never throws for a failed post.
 */
export async function deliverAutomationHookCall(row: OutboxMessage, now: Date): Promise<DeliveryResult> {
  const { id } = row;
  const hook = row.automationHookId
    ? await db.automationHook.findUnique({ where: { id: row.automationHookId } })
    : null;
  if (!hook) return finish(id, "failed", "Not sent: the token's automation hook was removed.", now);
  let outcome: { retry: boolean; error: string };
  try {
    const headers = { [signatureHeader]: signWebhook(openSecret(hook.secretEncrypted), row.text, new Date()) };
    const answer = await safePost(openSecret(hook.urlEncrypted), row.text, {
      allowPrivateAddresses: env().WEBHOOKS_ALLOW_PRIVATE_ADDRESSES,
      headers,
    });
    if (isSuccess(answer.status)) return finish(id, "sent", null, now);
    const said = describeAnswer(answer);
    if (answer.status >= 300 && answer.status < 400)
      outcome = { retry: false, error: `${said} Tokenbook does not follow redirects; check the address.` };
    else outcome = { retry: answer.status === 429 || answer.status >= 500, error: said };
  } catch (error) {
    const refused = error instanceof OutgoingRequestError && error.refused;
    outcome = { retry: !refused, error: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.retry && row.attempts < maxOutageAttempts) {
    await db.outboxMessage.update({
      where: { id },
      data: { status: "queued", lastError: outcome.error, nextAttemptAt: nextAttemptAt(row.attempts, now) },
    });
    return { id, status: "queued", error: outcome.error };
  }
  return finish(id, "failed", outcome.error, now);
}

async function finish(id: string, status: "sent" | "failed", error: string | null, now: Date): Promise<DeliveryResult> {
  await db.outboxMessage.update({
    where: { id },
    data: { status, lastError: error, nextAttemptAt: null, ...(status === "sent" ? { sentAt: now } : {}) },
  });
  return error ? { id, status, error } : { id, status };
}
