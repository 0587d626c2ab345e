"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { createTeam, deleteTeam, renameTeam } from "./manage-teams";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

export async function createTeamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const team = await createTeam(actor, { name: text(formData, "name") });
    revalidatePath("/teams");
    return `Team “${team.name}” added.`;
  });
}

export async function renameTeamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const team = await renameTeam(actor, text(formData, "teamId"), { name: text(formData, "name") });
    revalidatePath("/teams");
    return `Renamed to “${team.name}”.`;
  });
}

export async function deleteTeamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const team = await deleteTeam(actor, text(formData, "teamId"));
    revalidatePath("/teams");
    return `Team “${team.name}” removed. Its people and tokens now have no team.`;
  });
}
