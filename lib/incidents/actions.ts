"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { markRevoked } from "./mark-revoked";
import { reportCompromised } from "./report-compromised";

const field = (data: FormData, name: string) => String(data.get(name) ?? "");

export async function reportCompromisedAction(data: FormData): Promise<ActionState> {
  const tokenId = field(data, "tokenId");
  const state = await runAction(async (actor) => {
    await reportCompromised(actor, tokenId, { note: field(data, "note") });
    return "Reported.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`, "layout");
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}/runbook/emergency?reported=1`);
}

export async function markRevokedAction(data: FormData): Promise<ActionState> {
  const tokenId = field(data, "tokenId");
  const state = await runAction(async (actor) => {
    await markRevoked(actor, tokenId, { reason: field(data, "reason") });
    return "Marked revoked.";
  });
  if (!state.ok) return state;
  revalidatePath(`/tokens/${tokenId}`, "layout");
  revalidatePath("/tokens");
  redirect(`/tokens/${tokenId}/runbook/emergency?revoked=1`);
}
