import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { urlHint } from "@/lib/channels/url-hint";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { canEditTokens, findEditableToken } from "@/lib/tokens/token-access";
import { parseInput } from "@/lib/validation/parse-input";
import { checkFormAddress } from "@/lib/webhooks/check-form-address";
import { automationHookSchema, type AutomationHookInput } from "./schema";

/**
 * Owner, backup or admin sets (or replaces) a token's automation hook. The address is checked like a
 * webhook channel's and kept only encrypted; a new signing secret is returned here once and never again.
 * The audit row keeps the address's hint (host and last 4), never the address.
 */
export async function setAutomationHook(
  actor: Actor | null,
  tokenId: string,
  input: AutomationHookInput,
): Promise<{ urlHint: string; signingSecret: string }> {
  const me = await authorize(actor, "token.automation_hook", canEditTokens, { type: "token", id: tokenId });
  const { url } = parseInput(automationHookSchema, input);
  checkFormAddress(url);
  const signingSecret = `whsec_${randomBytes(24).toString("base64url")}`;
  const data = { urlEncrypted: sealSecret(url), urlHint: urlHint(url), secretEncrypted: sealSecret(signingSecret) };
  await db.$transaction(async (tx) => {
    await findEditableToken(tx, me, tokenId, "token.automation_hook");
    // Two saves at once take turns on the token's row, so the second's history names the hook it replaced.
    await tx.$queryRaw`SELECT 1 FROM tokens WHERE id = ${tokenId} FOR UPDATE`;
    const before = await tx.automationHook.findUnique({ where: { tokenId }, select: { urlHint: true } });
    await tx.automationHook.upsert({ where: { tokenId }, create: { tokenId, ...data }, update: data });
    await recordAudit(tx, {
      actor: me,
      action: "token.automation_hook_set",
      recordType: "token",
      recordId: tokenId,
      before: before ? { automationHook: before.urlHint } : undefined,
      after: { automationHook: data.urlHint },
    });
  });
  return { urlHint: data.urlHint, signingSecret };
}

/** Owner, backup or admin removes the hook; calls still waiting in the outbox then fail with a plain note. */
export async function clearAutomationHook(actor: Actor | null, tokenId: string): Promise<void> {
  const me = await authorize(actor, "token.automation_hook", canEditTokens, { type: "token", id: tokenId });
  await db.$transaction(async (tx) => {
    await findEditableToken(tx, me, tokenId, "token.automation_hook");
    const [removed] = await tx.automationHook.findMany({ where: { tokenId }, select: { id: true, urlHint: true } });
    // The delete's own count decides: of two clicks on Remove, the second deletes nothing and says so.
    if (!removed || (await tx.automationHook.deleteMany({ where: { id: removed.id } })).count === 0)
      throw new NotFoundError("This token has no automation hook.");
    await recordAudit(tx, {
      actor: me,
      action: "token.automation_hook_cleared",
      recordType: "token",
      recordId: tokenId,
      before: { automationHook: removed.urlHint },
    });
  });
}

/** What the token page shows: the hint only, for anyone who can see the token. */
export async function getAutomationHookHint(tokenId: string): Promise<string | null> {
  const hook = await db.automationHook.findUnique({ where: { tokenId }, select: { urlHint: true } });
  return hook?.urlHint ?? null;
}
