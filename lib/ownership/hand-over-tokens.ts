import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/send-mail";
import { deactivatePerson } from "@/lib/people/set-person-active";
import { parseInput } from "@/lib/validation/parse-input";
import { type AssignmentChange, applyAssignments } from "./apply-assignments";
import { sendAssignmentEmails } from "./assignment-email";
import { heldTokensWhere } from "./held-tokens";
import { type HandOverInput, handOverSchema } from "./schema";

type Held = { id: string; name: string; ownerId: string; backupId: string | null };
type Choice = { ownerId?: string; backupId?: string };

/** What happens to one token: the leaver's places go to the chosen people; an empty backup is cleared. */
function changeFor(token: Held, leaverId: string, choice: Choice) {
  const change: AssignmentChange = { tokenId: token.id };
  let leftOpen = false;
  if (token.ownerId === leaverId) {
    if (choice.ownerId) change.ownerId = choice.ownerId;
    else leftOpen = true;
    // The backup steps up as owner: their backup place is filled by the person chosen, or left open.
    if (choice.ownerId && choice.ownerId === token.backupId) {
      change.backupId = choice.backupId ?? null;
      if (!choice.backupId) leftOpen = true;
    }
  }
  if (token.backupId === leaverId) {
    change.backupId = choice.backupId ?? null;
    if (!choice.backupId) leftOpen = true;
  }
  return { change, leftOpen };
}

/**
 * "Finn is leaving": his tokens go to the people chosen per token and he is deactivated, in one
 * transaction, all audited. Leaving a token without a new owner (Finn stays its owner, listed on
 * the Ownership page) or without a backup needs the admin's explicit consent.
 */
export async function handOverAndDeactivate(actor: Actor | null, input: HandOverInput, now = new Date()) {
  const admin = await authorize(actor, "person.hand_over_and_deactivate", isAdmin, {
    type: "person",
    id: input.personId,
  });
  const { personId, tokens, leaveUnassigned, promote } = parseInput(handOverSchema, input);
  if (personId === admin.id) throw new ConflictError("You can't deactivate yourself. Ask another admin.");
  const choices = new Map(tokens.map(({ tokenId, ...choice }) => [tokenId, choice]));
  const mails: string[] = [];
  const { leaver, assigned, leftOpen } = await db.$transaction(
    async (tx) => {
      const leaver = await tx.user.findUnique({ where: { id: personId } });
      if (!leaver) throw new NotFoundError("That person no longer exists.");
      if (!leaver.active) throw new ConflictError(`${leaver.name} is already deactivated.`);
      const held = await tx.token.findMany({
        where: heldTokensWhere(personId),
        select: { id: true, name: true, ownerId: true, backupId: true },
      });
      const unseen = held.filter((token) => !choices.has(token.id));
      if (unseen.length)
        throw new ConflictError(
          `${leaver.name} was given more tokens while you were choosing. Reload the page to see them; nothing was changed.`,
        );
      const planned = held.map((token) => changeFor(token, personId, choices.get(token.id)!));
      const toLeaver = planned.filter(({ change }) => change.ownerId === personId || change.backupId === personId);
      if (toLeaver.length) {
        const fields = Object.fromEntries(
          toLeaver.map(({ change }) => [change.tokenId, `${leaver.name} is leaving; choose someone who stays.`]),
        );
        throw new InvalidInputError(
          "Some tokens were given back to the person leaving, so nothing was changed.",
          fields,
        );
      }
      const leftOpen = planned.filter((p) => p.leftOpen).length;
      if (leftOpen && !leaveUnassigned) {
        throw new InvalidInputError(
          `${leftOpen === 1 ? "1 token has" : `${leftOpen} tokens have`} no new owner or backup. Choose someone for each, or confirm that you want to leave them as they are.`,
          { leaveUnassigned: "Tick this box to deactivate anyway." },
        );
      }
      const assigned = await applyAssignments(
        tx,
        admin,
        planned.map((p) => p.change),
        { promote },
      );
      return { leaver: await deactivatePerson(tx, admin, leaver, now, mails), assigned, leftOpen };
    },
    { timeout: 30_000 },
  );
  await Promise.all(mails.map((id) => deliverMail(id)));
  await sendAssignmentEmails(admin, assigned, now);
  return { leaver, handedOver: new Set(assigned.map((a) => a.tokenId)).size, leftOpen };
}
