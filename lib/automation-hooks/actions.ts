"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, formText, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { clearAutomationHook, setAutomationHook } from "./manage-automation-hook";

export type SetAutomationHookState = ActionState & { signingSecret?: string };

const setForm = z.object({ tokenId: recordId, url: formText(3000) });
const clearForm = z.object({ tokenId: recordId });

export async function setAutomationHookAction(
  _previous: SetAutomationHookState,
  formData: FormData,
): Promise<SetAutomationHookState> {
  const input = await parseAtTheDoor(setForm, formObject(formData));
  if (!input.ok) return input.state;
  const { tokenId, url } = input.data;
  const state: SetAutomationHookState = await runAction(async (actor) => {
    const { urlHint, signingSecret } = await setAutomationHook(actor, tokenId, { url });
    return {
      ok: true,
      message: `Saved: ${urlHint}. Copy its signing secret now: it is not shown again.`,
      signingSecret,
    };
  });
  if (state.ok) revalidatePath(`/tokens/${tokenId}`);
  return state;
}

export async function clearAutomationHookAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(clearForm, formObject(formData));
  if (!input.ok) return input.state;
  const { tokenId } = input.data;
  const state = await runAction(async (actor) => {
    await clearAutomationHook(actor, tokenId);
    return "Removed: the hook will not be called any more.";
  });
  if (state.ok) revalidatePath(`/tokens/${tokenId}`);
  return state;
}
