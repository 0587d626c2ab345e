"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, openedVersion, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { retireToken } from "./retire-token";
import { createToken, updateToken } from "./save-token";
import { tokenInputSchema } from "./schema";
import { tokenInputFromForm } from "./token-form-data";

export async function createTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = tokenInputFromForm(formData);
  const parsed = await parseAtTheDoor(tokenInputSchema, input);
  if (!parsed.ok) return parsed.state;
  let tokenId = "";
  const state = await runAction(async (actor) => {
    tokenId = (await createToken(actor, input)).id;
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}?saved=created`);
}

export async function updateTokenAction(
  tokenId: string,
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const input = tokenInputFromForm(formData);
  // A hand-made request can send any value for either, not only what the page sends.
  const parsed = await parseAtTheDoor(
    z.object({ tokenId: recordId, version: openedVersion, input: tokenInputSchema }),
    { tokenId, version: input?.version, input },
  );
  if (!parsed.ok) return parsed.state;
  const state = await runAction(async (actor) => {
    await updateToken(actor, parsed.data.tokenId, input);
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}?saved=updated`);
}

export async function retireTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(z.object({ tokenId: recordId }), formObject(formData));
  if (!parsed.ok) return parsed.state;
  const { tokenId } = parsed.data;
  return runAction(async (actor) => {
    const token = await retireToken(actor, tokenId);
    revalidatePath(`/tokens/${tokenId}`);
    return `“${token.name}” is retired. It stays on record with its history.`;
  });
}
