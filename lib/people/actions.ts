"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionState } from "@/lib/auth/run-action";
import { formObject, openedVersion, parseAtTheDoor, recordId } from "@/lib/validation/action-input";
import { changeRole } from "./change-role";
import { invitePerson, resendInvitation } from "./invite-person";
import { renameMyself } from "./rename-myself";
import { invitePersonSchema } from "./schema";
import { setPersonActive } from "./set-person-active";

const personForm = z.object({ personId: recordId });
const activeForm = personForm.extend({ active: z.enum(["true", "false"]) });
const roleForm = personForm.extend({ role: z.string().max(20), openedRole: openedVersion });

const deliveryNote = (status: string) =>
  status === "sent"
    ? "The invitation email is on its way."
    : status === "kept"
      ? "No mail server is set, so the invitation was kept in the Outbox."
      : "The invitation email could not be sent; see the Outbox, then use “Send invitation again”.";

export async function invitePersonAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = await parseAtTheDoor(invitePersonSchema, formObject(formData));
  if (!parsed.ok) return parsed.state;
  return runAction(async (actor) => {
    const { person, delivery } = await invitePerson(actor, parsed.data);
    revalidatePath("/people");
    return `${person.name} was invited. ${deliveryNote(delivery.status)}`;
  });
}

export async function changeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(roleForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const person = await changeRole(actor, input.data);
    revalidatePath("/people");
    return `${person.name} is now ${person.role === "admin" ? "an admin" : `a ${person.role}`}.`;
  });
}

export async function setPersonActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(activeForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const person = await setPersonActive(actor, input.data.personId, input.data.active === "true");
    revalidatePath("/people");
    return person.active
      ? `${person.name} can sign in again.`
      : `${person.name} is deactivated and was signed out everywhere.`;
  });
}

export async function resendInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(personForm, formObject(formData));
  if (!input.ok) return input.state;
  return runAction(async (actor) => {
    const delivery = await resendInvitation(actor, input.data.personId);
    return deliveryNote(delivery.status);
  });
}

const nameForm = z.object({ name: z.string().max(500) });

export async function renameMyselfAction(_previous: ActionState, data: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(nameForm, formObject(data));
  if (!input.ok) return input.state;
  const state = await runAction(async (actor) => {
    const person = await renameMyself(actor, input.data);
    return `Saved: people now see you as ${person.name}.`;
  });
  if (state.ok) revalidatePath("/", "layout");
  return state;
}
