"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import type { RunKind } from "@/lib/generated/prisma/enums";
import { abandonRun, rollBackRun } from "./end-run-early";
import { finishRun } from "./finish-run";
import { startRun } from "./start-run";
import { setStepChecked } from "./tick-step";

const field = (data: FormData, name: string) => String(data.get(name) ?? "");
const runKinds: RunKind[] = ["rotation", "practice", "emergency"];

function refresh(tokenId: string) {
  revalidatePath(`/tokens/${tokenId}`, "layout");
  revalidatePath("/tokens");
}

export async function startRunAction(data: FormData): Promise<ActionState> {
  const tokenId = field(data, "tokenId");
  const kind = runKinds.find((k) => k === field(data, "kind"));
  if (!kind) return { ok: false, message: "Choose what kind of run to start." };
  const state = await runAction(async (actor) => {
    await startRun(actor, tokenId, kind);
    return "Started.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}/runbook/run`);
}

export async function setStepCheckedAction(tokenId: string, runId: string, stepIndex: number, checked: boolean): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    const { done, total } = await setStepChecked(actor, runId, stepIndex, checked);
    return `${done} of ${total} steps done.`;
  });
  refresh(tokenId);
  return state;
}

export async function finishRunAction(data: FormData): Promise<ActionState> {
  const tokenId = field(data, "tokenId");
  let kind = "";
  const state = await runAction(async (actor) => {
    const input = { newExpiresOn: field(data, "newExpiresOn"), newIssuedOn: field(data, "newIssuedOn"), doesNotExpire: data.get("doesNotExpire") === "on", signOffNote: field(data, "signOffNote") };
    ({ kind } = await finishRun(actor, field(data, "runId"), input));
    return "Finished.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}?saved=${kind === "practice" ? "tested" : "rotated"}`);
}

export async function rollBackRunAction(data: FormData): Promise<ActionState> {
  const tokenId = field(data, "tokenId");
  const state = await runAction(async (actor) => {
    await rollBackRun(actor, field(data, "runId"), { reason: field(data, "reason") });
    return "Rolled back.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}?saved=rolled_back`);
}

export async function abandonRunAction(data: FormData): Promise<ActionState> {
  const tokenId = field(data, "tokenId");
  const state = await runAction(async (actor) => {
    await abandonRun(actor, field(data, "runId"), { reason: field(data, "reason") });
    return "Stopped.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}?saved=abandoned`);
}
