"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { sendTestEmail } from "./send-test-email";

export async function sendTestEmailAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const result = await sendTestEmail(actor, String(formData.get("to") ?? ""));
    revalidatePath("/outbox");
    return result;
  });
}
