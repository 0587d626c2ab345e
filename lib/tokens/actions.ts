"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { retireToken } from "./retire-token";
import { createToken, updateToken } from "./save-token";
import type { TokenInput } from "./schema";

export async function createTokenAction(input: TokenInput): Promise<ActionState> {
  let tokenId = "";
  const state = await runAction(async (actor) => {
    tokenId = (await createToken(actor, input)).id;
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}?saved=created`);
}

export async function updateTokenAction(tokenId: string, input: TokenInput): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    // A hand-made request can send any value here, not only the page's string.
    await updateToken(actor, String(tokenId), input);
    return "Saved.";
  });
  if (!state.ok) return state;
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}?saved=updated`);
}

export async function retireTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const tokenId = String(formData.get("tokenId") ?? "");
  return runAction(async (actor) => {
    const token = await retireToken(actor, tokenId);
    revalidatePath(`/tokens/${tokenId}`);
    return `“${token.name}” is retired. It stays on record with its history.`;
  });
}
