import { db } from "@/lib/db";
import type { AcknowledgementClaim } from "./acknowledgement-link";

/** What the confirm page shows before the press: whose link, which token and date, and whether it still applies. */
export async function describeAcknowledgementLink(claim: AcknowledgementClaim) {
  const [person, token, existing] = await Promise.all([
    db.user.findUnique({ where: { id: claim.personId }, select: { name: true, active: true } }),
    db.token.findUnique({
      where: { id: claim.tokenId },
      select: { id: true, name: true, service: true, state: true, expiresOn: true, rotationDueOn: true },
    }),
    db.acknowledgement.findUnique({
      where: {
        tokenId_dueOn_personId: {
          tokenId: claim.tokenId,
          dueOn: new Date(`${claim.dueOn}T00:00:00Z`),
          personId: claim.personId,
        },
      },
    }),
  ]);
  if (!person?.active || !token) return null;
  const dueOn = new Date(`${claim.dueOn}T00:00:00Z`);
  const current =
    token.state === "active" &&
    [token.expiresOn, token.rotationDueOn].some((date) => date?.getTime() === dueOn.getTime());
  return {
    personName: person.name,
    token: { id: token.id, name: token.name, service: token.service },
    dueOn,
    current,
    acknowledgedAt: existing?.at ?? null,
  };
}
