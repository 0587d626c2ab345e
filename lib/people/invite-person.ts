import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { invitationLinkMinutes, issueSignInLink } from "@/lib/auth/issue-sign-in-link";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { isUniqueViolation } from "@/lib/db-errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { sendInvitationEmail } from "./invitation-email";
import { personSnapshot } from "./person-snapshot";
import { invitePersonSchema, type InvitePersonInput } from "./schema";

/** Admins invite a person; the invitation email carries a 7-day, single-use sign-in link. */
export async function invitePerson(actor: Actor | null, input: InvitePersonInput) {
  const admin = await authorize(actor, "person.invite", isAdmin);
  const { name, email, role, teamId } = parseInput(invitePersonSchema, input);
  const { person, link } = await db.$transaction(async (tx) => {
    if (teamId && !(await tx.team.findUnique({ where: { id: teamId } })))
      throw new NotFoundError("That team no longer exists.");
    const person = await tx.user.create({ data: { name, email, role, teamId } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new ConflictError(`${email} is already in Tokenbook.`) : error;
    });
    await recordAudit(tx, {
      actor: admin,
      action: "person.invited",
      recordType: "person",
      recordId: person.id,
      after: personSnapshot(person),
    });
    const link = await issueSignInLink(email, invitationLinkMinutes, new Date(), tx);
    return { person, link };
  });
  const delivery = await sendInvitationEmail({ name, email, role, invitedBy: admin.name, link });
  return { person, delivery };
}

/** A new invitation link, e.g. when the first one expired or never arrived. */
export async function resendInvitation(actor: Actor | null, personId: string) {
  const admin = await authorize(actor, "person.resend_invitation", isAdmin, { type: "person", id: personId });
  const person = await db.user.findUnique({ where: { id: personId } });
  if (!person) throw new NotFoundError("That person no longer exists.");
  if (!person.active) throw new ConflictError(`${person.name} is deactivated. Reactivate them first.`);
  const link = await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actor: admin,
      action: "person.invitation_resent",
      recordType: "person",
      recordId: person.id,
    });
    return issueSignInLink(person.email, invitationLinkMinutes, new Date(), tx);
  });
  return sendInvitationEmail({
    name: person.name,
    email: person.email,
    role: person.role,
    invitedBy: admin.name,
    link,
  });
}
