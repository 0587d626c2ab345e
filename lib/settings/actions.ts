"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, openedVersion, parseAtTheDoor } from "@/lib/validation/action-input";
import type { OrganisationTimeInput } from "./organisation-time";
import { saveOrganisationTime } from "./save-organisation-time";

// A field that was not sent stays missing, so the setting's own schema refuses it instead of reading hour 0.
const sentText = (max: number) => z.string("Choose from the list.").max(max, "Choose from the list.").optional();
const timeForm = z.object({ timeZone: sentText(64), reminderHour: sentText(4), version: openedVersion });

export async function saveOrganisationTimeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(timeForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const { version, ...time } = input.data;
    const saved = await saveOrganisationTime(actor, time as OrganisationTimeInput, version);
    revalidatePath("/", "layout");
    return `Saved: Tokenbook now counts days in ${saved.timeZone}, and reminders go out at ${String(saved.reminderHour).padStart(2, "0")}:00 there.`;
  });
}
