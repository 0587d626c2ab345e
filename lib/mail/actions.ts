"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, formText, parseAtTheDoor } from "@/lib/validation/action-input";
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
