"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, formText, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { markRevoked } from "./mark-revoked";
import { reportCompromised } from "./report-compromised";
import { answerNotWorking, reportNotWorking } from "./report-not-working";

const reportForm = z.object({ tokenId: recordId, note: formText(5000) });
const revokeForm = z.object({ tokenId: recordId, reason: formText(5000) });
const notWorkingForm = z.object({ tokenId: recordId, note: formText(5000) });
const answerForm = z.object({ tokenId: recordId });

export async function reportCompromisedAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(reportForm, formObject(data));
  if (!input.ok) return input.state;
  const { tokenId, note } = input.data;
  const state = await runAction(async (actor) => {
    await reportCompromised(actor, tokenId, { note });
    return "Reported.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`, "layout");
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}/runbook/emergency?reported=1`);
}

export async function markRevokedAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(revokeForm, formObject(data));
  if (!input.ok) return input.state;
  const { tokenId, reason } = input.data;
  const state = await runAction(async (actor) => {
    await markRevoked(actor, tokenId, { reason });
    return "Marked revoked.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`, "layout");
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}/runbook/emergency?revoked=1`);
}

export async function reportNotWorkingAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(notWorkingForm, formObject(data));
  if (!input.ok) return input.state;
  const { tokenId, note } = input.data;
  let told = false;
  const state = await runAction(async (actor) => {
    const { alreadyTold } = await reportNotWorking(actor, tokenId, { note });
    told = !alreadyTold;
    return alreadyTold
      ? "The owner and backup were already told; nothing more was sent."
      : "Told the owner and the backup by email.";
  });
  // Only a new report changes the page; refreshing it for a repeat would replace the form, and its
  // "already told" answer, with the report before the person could read it.
  if (state.ok && told) revalidatePath(`/tokens/${tokenId}`);
  return state;
}

export async function answerNotWorkingAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(answerForm, formObject(data));
  if (!input.ok) return input.state;
  const state = await runAction(async (actor) => {
    await answerNotWorking(actor, input.data.tokenId);
    return "Thanks: the notice is gone.";
  });
  if (state.ok) revalidatePath(`/tokens/${input.data.tokenId}`);
  return state;
}
