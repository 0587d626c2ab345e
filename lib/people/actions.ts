"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { InvalidInputError } from "@/lib/errors";
import { changeRole } from "./change-role";
import { invitePerson, resendInvitation } from "./invite-person";
import type { InvitePersonInput } from "./schema";
import { setPersonActive } from "./set-person-active";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

const deliveryNote = (status: string) =>
  status === "sent" ? "The invitation email is on its way."
  : status === "kept" ? "No mail server is set, so the invitation was kept in the Outbox."
  : "The invitation email could not be sent; see the Outbox, then use “Send invitation again”.";

export async function invitePersonAction(input: InvitePersonInput): Promise<ActionState> {
  return runAction(async (actor) => {
    const { person, delivery } = await invitePerson(actor, input);
    revalidatePath("/people");
    return `${person.name} was invited. ${deliveryNote(delivery.status)}`;
  });
}

export async function changeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const person = await changeRole(actor, { personId: text(formData, "personId"), role: text(formData, "role") });
    revalidatePath("/people");
    return `${person.name} is now ${person.role === "admin" ? "an admin" : `a ${person.role}`}.`;
  });
}

export async function setPersonActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    // Only an explicit "true" or "false" counts: a missing or odd value must never deactivate anyone.
    const wanted = text(formData, "active");
    if (wanted !== "true" && wanted !== "false") throw new InvalidInputError("Choose whether to deactivate or reactivate this person; nothing was changed.");
    const person = await setPersonActive(actor, text(formData, "personId"), wanted === "true");
    revalidatePath("/people");
    return person.active ? `${person.name} can sign in again.` : `${person.name} is deactivated and was signed out everywhere.`;
  });
}

export async function resendInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    const delivery = await resendInvitation(actor, text(formData, "personId"));
    return deliveryNote(delivery.status);
  });
}
