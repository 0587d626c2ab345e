"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { resetPersonCalendarKey, resetTeamCalendarKey } from "./reset-calendar-key";

export async function resetPersonCalendarAction(): Promise<ActionState> {
  return runAction(async (actor) => {
    await resetPersonCalendarKey(actor);
    revalidatePath("/profile");
    return "Your calendar has a new address. Give the new one to your calendar app; the old one no longer works.";
  });
}

export async function resetTeamCalendarAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    await resetTeamCalendarKey(actor, String(formData.get("teamId") ?? ""));
    revalidatePath("/profile");
    return "The team calendar has a new address. Share the new one with your team; the old one no longer works.";
  });
}
