"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, formText, openedVersion, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { saveRunbookAsTemplate } from "./save-as-template";
import { saveRunbook, startRunbookFromTemplate } from "./save-runbook";
import { runbookInputSchema, type RunbookInput } from "./schema";

const templateForm = z.object({ tokenId: recordId, templateId: formText(64) });
const saveTemplateForm = z.object({ tokenId: recordId, name: formText(500), description: formText(2000) });

export async function saveRunbookAction(tokenId: string, input: RunbookInput, version: string): Promise<ActionState> {
  const parsed = await parseAtTheDoor(
    z.object({ tokenId: recordId, input: runbookInputSchema, version: openedVersion }),
    { tokenId, input, version },
  );
  if (!parsed.ok) return parsed.state;
  const state = await runAction(async (actor) => {
    await saveRunbook(actor, tokenId, input, parsed.data.version);
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`);
  redirect(`/tokens/${tokenId}/runbook?saved=runbook`);
}

export async function startRunbookFromTemplateAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(templateForm, formObject(data));
  if (!parsed.ok) return parsed.state;
  const { tokenId, templateId } = parsed.data;
  if (!templateId)
    return { ok: false, message: "Choose a template first.", fields: { templateId: "Choose a template first." } };
  const state = await runAction(async (actor) => {
    await startRunbookFromTemplate(actor, tokenId, templateId);
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`);
  redirect(`/tokens/${tokenId}/runbook?saved=template`);
}

export async function saveRunbookAsTemplateAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(saveTemplateForm, formObject(data));
  if (!parsed.ok) return parsed.state;
  const { tokenId, name, description } = parsed.data;
  return runAction(async (actor) => {
    const template = await saveRunbookAsTemplate(actor, tokenId, { name, description });
    return `Saved as the template “${template.name}”. Anyone can now start a runbook from it.`;
  });
}
