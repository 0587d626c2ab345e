import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { refuseSecrets } from "@/lib/tokens/check-for-secrets";
import { canEditTokens } from "@/lib/tokens/token-access";
import { parseInput } from "@/lib/validation/parse-input";
import { builtInTemplates } from "./built-in-templates";
import { readSteps } from "./runbook-steps";
import { runbookSnapshot } from "./runbook-snapshot";
import { type SaveTemplateInput, saveTemplateSchema } from "./schema";
import { validateRunbookInput } from "./validate-runbook";

const taken = (name: string) => new ConflictError(`There is already a template called “${name}”. Choose another name.`);

/**
 * Admins and editors turn any runbook into a template for others. Everyone may read every runbook,
 * so copying one reveals nothing new; the steps are scanned for secrets again all the same.
 */
export async function saveRunbookAsTemplate(actor: Actor | null, tokenId: string, input: SaveTemplateInput) {
  const me = await authorize(actor, "runbook_template.create", canEditTokens, { type: "token", id: tokenId });
  await refuseSecrets([
    { field: "name", label: "Template name", value: input?.name },
    { field: "description", label: "Description", value: input?.description },
  ]);
  const { name, description } = parseInput(saveTemplateSchema, input);
  if (builtInTemplates.some((template) => template.name.toLowerCase() === name.toLowerCase())) throw taken(name);
  const runbook = await db.runbook.findUnique({ where: { tokenId } });
  if (!runbook) throw new NotFoundError("This token has no runbook to save as a template.");
  const steps = await validateRunbookInput(readSteps(runbook));
  return db
    .$transaction(async (tx) => {
      const template = await tx.runbookTemplate.create({ data: { name, description, ...steps, createdById: me.id } });
      await recordAudit(tx, {
        actor: me,
        action: "runbook.template_saved",
        recordType: "runbook_template",
        recordId: template.id,
        after: { name, description, fromToken: tokenId, ...runbookSnapshot(steps) },
      });
      return template;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken(name) : error;
    });
}
