"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, formText, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { sendAgain } from "./send-again";
import { sendTestEmail } from "./send-test-email";

export async function sendTestEmailAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(z.object({ to: formText(320) }), formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const result = await sendTestEmail(actor, input.data.to);
    revalidatePath("/outbox");
    return result;
  });
}

/** "Send again" on one failed email (`id`) or on all of them (`all`). */
const sendAgainForm = z.union([z.object({ id: recordId }), z.object({ all: z.literal("1") })]);

export async function sendAgainAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(sendAgainForm, formObject(formData));
  if (!input.ok) return input.state;
  const choice = input.data;
  return runAction(async (actor) => {
    const { requeued, results } = await sendAgain(actor, "all" in choice ? "all" : { ids: [choice.id] });
    revalidatePath("/outbox");
    if (requeued === 0)
      return "Nothing to send again: it was already sent again, or it cannot be (a sign-in link, or an email that could not be written).";
    const sent = results.filter((result) => result.status === "sent" || result.status === "kept").length;
    return `${requeued === 1 ? "1 email was" : `${requeued} emails were`} sent again; ${sent} went out now, the others wait in the queue.`;
  });
}
