import { recordAudit } from "@/lib/audit/record-audit";
import { refuseOutOfDateSave } from "@/lib/audit/refuse-out-of-date-save";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditTokens, findEditableToken } from "@/lib/tokens/token-access";
import { fillTemplate } from "./fill-template";
import { findRunbookTemplate } from "./list-templates";
import { readSteps } from "./runbook-steps";
import { runbookSnapshot } from "./runbook-snapshot";
import type { RunbookInput } from "./schema";
import { validateRunbookInput } from "./validate-runbook";

async function editableLiveToken(tx: Prisma.TransactionClient, me: Actor, tokenId: string, attempted: string) {
  const token = await findEditableToken(tx, me, tokenId, attempted);
  if (token.state === "retired")
    throw new ConflictError("This token is retired; its runbook can no longer be changed.");
  return token;
}

/**
 * Owner, backup or admin rewrites sections 4–7. `version` is the runbook's last save as the editor
 * opened it ("" when it had none). A run already in progress keeps the steps it started with.
 */
export async function saveRunbook(actor: Actor | null, tokenId: string, input: RunbookInput, version: string) {
  const me = await authorize(actor, "runbook.update", canEditTokens, { type: "token", id: tokenId });
  const steps = await validateRunbookInput(input);
  return db.$transaction(async (tx) => {
    await editableLiveToken(tx, me, tokenId, "runbook.update");
    const before = await tx.runbook.findUnique({ where: { tokenId } });
    const current = before?.updatedAt.toISOString() ?? "";
    await refuseOutOfDateSave(
      tx,
      { recordType: "token", recordId: tokenId, actions: "runbook.", what: "this runbook", current },
      version,
    );
    if (before) {
      // Claim the row as read, so two saves at the same moment cannot both pass the check above.
      const claimed = await tx.runbook.updateMany({
        where: { tokenId, updatedAt: before.updatedAt },
        data: { updatedAt: new Date() },
      });
      if (claimed.count !== 1)
        throw new ConflictError(
          "Someone saved this runbook at the same moment; nothing was saved. Reload the page to see their change.",
        );
    }
    const runbook = await tx.runbook.upsert({
      where: { tokenId },
      create: { tokenId, ...steps, updatedById: me.id },
      update: { ...steps, updatedById: me.id },
    });
    await recordAudit(tx, {
      actor: me,
      action: before ? "runbook.updated" : "runbook.created",
      recordType: "token",
      recordId: tokenId,
      before: before ? runbookSnapshot(readSteps(before), before.templateName) : undefined,
      after: runbookSnapshot(steps, runbook.templateName),
    });
    return runbook;
  });
}

/** Writes a token's first runbook from a template, filled in with the token's service and console link. */
export async function startRunbookFromTemplate(actor: Actor | null, tokenId: string, templateId: string) {
  const me = await authorize(actor, "runbook.create", canEditTokens, { type: "token", id: tokenId });
  return db.$transaction(async (tx) => {
    const token = await editableLiveToken(tx, me, tokenId, "runbook.create");
    const template = await findRunbookTemplate(tx, templateId);
    if (!template) throw new NotFoundError("That template no longer exists. Choose another one.");
    if (await tx.runbook.count({ where: { tokenId } }))
      throw new ConflictError("This token already has a runbook. Edit it instead.");
    const steps = fillTemplate(template, token);
    const runbook = await tx.runbook.create({
      data: { tokenId, ...steps, templateName: template.name, updatedById: me.id },
    });
    await recordAudit(tx, {
      actor: me,
      action: "runbook.created",
      recordType: "token",
      recordId: tokenId,
      after: runbookSnapshot(steps, template.name),
    });
    return runbook;
  });
}
