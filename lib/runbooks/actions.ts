"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { saveRunbookAsTemplate } from "./save-as-template";
import { saveRunbook, startRunbookFromTemplate } from "./save-runbook";
import type { RunbookInput } from "./schema";

const field = (data: FormData, name: string) => String(data.get(name) ?? "");

export async function saveRunbookAction(tokenId: string, input: RunbookInput, version?: string): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    await saveRunbook(actor, tokenId, input, typeof version === "string" ? version : undefined);
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`);
  redirect(`/tokens/${tokenId}/runbook?saved=runbook`);
}

export async function startRunbookFromTemplateAction(data: FormData): Promise<ActionState> {
  const tokenId = field(data, "tokenId");
  const templateId = field(data, "templateId");
  if (!templateId) return { ok: false, message: "Choose a template first.", fields: { templateId: "Choose a template first." } };
  const state = await runAction(async (actor) => {
    await startRunbookFromTemplate(actor, tokenId, templateId);
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`);
  redirect(`/tokens/${tokenId}/runbook?saved=template`);
}

export async function saveRunbookAsTemplateAction(data: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const template = await saveRunbookAsTemplate(actor, field(data, "tokenId"), { name: field(data, "name"), description: field(data, "description") });
    return `Saved as the template “${template.name}”. Anyone can now start a runbook from it.`;
  });
}
