"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { checkbox, formObject, formText, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import type { RunKind } from "@/lib/generated/prisma/enums";
import { abandonRun, rollBackRun } from "./end-run-early";
import { finishRun } from "./finish-run";
import { startRun } from "./start-run";
import { setStepChecked } from "./tick-step";

const runKinds: RunKind[] = ["rotation", "practice", "emergency"];
const startForm = z.object({ tokenId: recordId, kind: formText(20) });
const finishForm = z.object({
  tokenId: recordId,
  runId: recordId,
  newExpiresOn: formText(20),
  newIssuedOn: formText(20),
  doesNotExpire: checkbox,
  signOffNote: formText(5000),
});
const endForm = z.object({ tokenId: recordId, runId: recordId, reason: formText(5000) });
const tickInput = z.object({
  tokenId: recordId,
  runId: recordId,
  stepIndex: z.number().int().min(0).max(1000),
  checked: z.boolean(),
});

function refresh(tokenId: string) {
  revalidatePath(`/tokens/${tokenId}`, "layout");
  revalidatePath("/tokens");
}

export async function startRunAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(startForm, formObject(data));
  if (!parsed.ok) return parsed.state;
  const { tokenId } = parsed.data;
  const kind = runKinds.find((k) => k === parsed.data.kind);
  if (!kind) return { ok: false, message: "Choose what kind of run to start." };
  const state = await runAction(async (actor) => {
    await startRun(actor, tokenId, kind);
    return "Started.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}/runbook/run`);
}

export async function setStepCheckedAction(
  tokenId: string,
  runId: string,
  stepIndex: number,
  checked: boolean,
): Promise<ActionState> {
  const parsed = await parseAtTheDoor(tickInput, { tokenId, runId, stepIndex, checked });
  if (!parsed.ok) return parsed.state;
  const state = await runAction(async (actor) => {
    const { done, total } = await setStepChecked(actor, runId, stepIndex, checked);
    return `${done} of ${total} steps done.`;
  });
  refresh(tokenId);
  return state;
}

export async function finishRunAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(finishForm, formObject(data));
  if (!parsed.ok) return parsed.state;
  const { tokenId, runId, newExpiresOn, newIssuedOn, doesNotExpire, signOffNote } = parsed.data;
  let kind = "";
  const state = await runAction(async (actor) => {
    const input = { newExpiresOn, newIssuedOn, doesNotExpire: doesNotExpire === "on", signOffNote };
    ({ kind } = await finishRun(actor, runId, input));
    return "Finished.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}?saved=${kind === "practice" ? "tested" : "rotated"}`);
}

export async function rollBackRunAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(endForm, formObject(data));
  if (!parsed.ok) return parsed.state;
  const { tokenId, runId, reason } = parsed.data;
  const state = await runAction(async (actor) => {
    await rollBackRun(actor, runId, { reason });
    return "Rolled back.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}?saved=rolled_back`);
}

export async function abandonRunAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(endForm, formObject(data));
  if (!parsed.ok) return parsed.state;
  const { tokenId, runId, reason } = parsed.data;
  const state = await runAction(async (actor) => {
    await abandonRun(actor, runId, { reason });
    return "Stopped.";
  });
  if (!state.ok) return state;
  refresh(tokenId);
  redirect(`/tokens/${tokenId}?saved=abandoned`);
}
