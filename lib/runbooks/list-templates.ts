import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { builtInTemplateId, builtInTemplates } from "./built-in-templates";
import { readSteps } from "./runbook-steps";
import type { RunbookSteps } from "./schema";

export type RunbookTemplateView = RunbookSteps & { id: string; name: string; description: string; builtIn: boolean };

const fromBuiltIn = (): RunbookTemplateView[] =>
  builtInTemplates.map(({ key, ...template }) => ({ ...template, id: builtInTemplateId(key), builtIn: true }));

/** The built-in templates (kept in code) followed by the ones people saved, by name. */
export async function listRunbookTemplates(actor: Actor | null): Promise<RunbookTemplateView[]> {
  await authorize(actor, "runbook_template.list", isSignedIn);
  const saved = await db.runbookTemplate.findMany({ orderBy: { name: "asc" } });
  return [
    ...fromBuiltIn(),
    ...saved.map((t) => ({ id: t.id, name: t.name, description: t.description, builtIn: false, ...readSteps(t) })),
  ];
}

/** One template by id, whether built in or saved; null when it no longer exists. */
export async function findRunbookTemplate(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<RunbookTemplateView | null> {
  const builtIn = fromBuiltIn().find((template) => template.id === id);
  if (builtIn) return builtIn;
  const saved = await tx.runbookTemplate.findUnique({ where: { id } });
  return (
    saved && { id: saved.id, name: saved.name, description: saved.description, builtIn: false, ...readSteps(saved) }
  );
}
