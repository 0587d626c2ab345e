"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { resetPersonCalendarKey, resetTeamCalendarKey } from "./reset-calendar-key";

export async function resetPersonCalendarAction(): Promise<ActionState> {
  return runAction(async (actor) => {
    await resetPersonCalendarKey(actor);
    showNewAddress();
    return "Your calendar has a new address. Give the new one to your calendar app; the old one no longer works.";
  });
}

/** The pages that offer the feeds' addresses. */
function showNewAddress() {
  for (const path of ["/profile", "/calendar", "/timeline"]) revalidatePath(path);
}

const teamForm = z.object({ teamId: recordId });

export async function resetTeamCalendarAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(teamForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    await resetTeamCalendarKey(actor, input.data.teamId);
    showNewAddress();
    return "The team calendar has a new address. Share the new one with your team; the old one no longer works.";
  });
}
