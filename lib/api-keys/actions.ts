"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, formText, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";

export type CreateApiKeyState = ActionState & { key?: string };

const createForm = z.object({
  name: formText(500),
  scope: formText(20),
  expiresOn: formText(20),
  ownerId: formText(64),
  backupId: formText(64),
});
const revokeForm = z.object({ apiKeyId: recordId });

export async function createApiKeyAction(_previous: CreateApiKeyState, data: FormData): Promise<CreateApiKeyState> {
  const input = await parseAtTheDoor(createForm, formObject(data));
  if (!input.ok) return input.state;
  let key: string | undefined;
  const state = await runAction(async (actor) => {
    const made = await createApiKey(actor, input.data);
    key = made.key;
    return `“${made.apiKey.name}” is ready. Copy the key now: it is shown only this once.`;
  });
  if (state.ok) revalidatePath("/profile");
  return { ...state, key };
}

export async function revokeApiKeyAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(revokeForm, formObject(data));
  if (!input.ok) return input.state;
  const state = await runAction(async (actor) => {
    const key = await revokeApiKey(actor, input.data.apiKeyId);
    return `“${key.name}” is revoked: it stopped working at once.`;
  });
  if (state.ok) revalidatePath("/profile");
  return state;
}
