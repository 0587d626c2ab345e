"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, formText, openedVersion, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { createTeam, deleteTeam, renameTeam } from "./manage-teams";

const nameForm = z.object({ name: formText(200) });
const teamForm = z.object({ teamId: recordId });
const renameForm = teamForm.extend({ name: formText(200), openedName: openedVersion });

export async function createTeamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(nameForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const team = await createTeam(actor, input.data);
    revalidatePath("/teams");
    return `Team “${team.name}” added.`;
  });
}

export async function renameTeamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(renameForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const team = await renameTeam(actor, input.data.teamId, {
      name: input.data.name,
      openedName: input.data.openedName,
    });
    revalidatePath("/teams");
    return `Renamed to “${team.name}”.`;
  });
}

export async function deleteTeamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(teamForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const team = await deleteTeam(actor, input.data.teamId);
    revalidatePath("/teams");
    return `Team “${team.name}” removed. Its people and tokens now have no team.`;
  });
}
