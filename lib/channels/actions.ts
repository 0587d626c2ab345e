"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { checkbox, formObject, formText, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { createChannel, deleteChannel, resumeChannel, routeTeamToChannel } from "./manage-channels";
import { sendTestMessage } from "./send-test-message";

export type CreateChannelState = ActionState & { signingSecret?: string };

const createForm = z.object({ name: formText(200), kind: formText(20), url: formText(3000), leakAlerts: checkbox });
const idForm = z.object({ channelId: recordId });
const routeForm = z.object({ teamId: recordId, channelId: formText(64) });

export async function createChannelAction(
  _previous: CreateChannelState,
  formData: FormData,
): Promise<CreateChannelState> {
  const input = await parseAtTheDoor(createForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const { name, kind, url, leakAlerts } = input.data;
    // The kind is checked by the channel's own schema, which names the choices in its message.
    const made = await createChannel(actor, {
      name,
      kind: kind as "slack",
      url,
      leakAlerts: leakAlerts === "on" || leakAlerts === "true",
    });
    revalidatePath("/settings");
    return made.signingSecret
      ? {
          ok: true,
          message: `Added “${made.name}”. Copy its signing secret now: it is not shown again.`,
          signingSecret: made.signingSecret,
        }
      : `Added “${made.name}”. Send a test message to check it.`;
  });
}

export async function sendTestMessageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(idForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const result = await sendTestMessage(actor, input.data.channelId);
    return { ok: result.ok, message: result.answer };
  });
}

export async function resumeChannelAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(idForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    await resumeChannel(actor, input.data.channelId);
    revalidatePath("/settings");
    return "Resumed: messages go to this channel again. Send the failed ones again from the Outbox.";
  });
}

export async function deleteChannelAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(idForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    await deleteChannel(actor, input.data.channelId);
    revalidatePath("/settings");
    return "Removed. Teams that used it now get email only.";
  });
}

export async function routeTeamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(routeForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    await routeTeamToChannel(actor, input.data.teamId, input.data.channelId || null);
    revalidatePath("/settings");
    return input.data.channelId
      ? "Saved: this team's reminders also go to that channel."
      : "Saved: this team gets email only.";
  });
}
