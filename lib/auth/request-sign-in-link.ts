import { subMinutes } from "date-fns";
import { db } from "@/lib/db";
import { isActivePerson, normalizeEmail } from "@/lib/people/find-person";
import { sendSignInLink } from "./send-sign-in-link";

/**
 * Sized for people: an office of 200 behind one address does not reach the client limit in a
 * morning; a stranger's requests for someone's address count against the stranger's own pair.
 */
export const signInLimits = {
  /** Links for one address asked from one client. */
  perAddressAndClient: { count: 5, minutes: 15 },
  /** Links for one address from all clients together: nobody can be mail-bombed. Silent. */
  perAddress: { count: 20, minutes: 60 },
  /** Requests from one client, whatever the addresses. Answered with "wait N minutes". */
  perClient: { count: 60, minutes: 15 },
};

export const signInRequestAnswer =
  "If that address belongs to someone here, a sign-in link is on its way. It works for 10 minutes.";

export const waitMessage = (minutes: number) =>
  `Too many sign-in requests came from your network just now. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;

export type SignInRequestOutcome =
  { answer: "sent-if-known"; send?: () => Promise<void> } | { answer: "wait"; minutes: number; send?: undefined };

/**
 * Decides whether a link goes out, counting each attempt before deciding so concurrent requests
 * cannot slip past. The answer is the same for known and unknown addresses; the mail itself is
 * returned as `send`, for the caller to run after answering, so the time taken tells nothing either.
 */
export async function requestSignInLink(
  rawEmail: string,
  client: string,
  now = new Date(),
  returnPath: string | null = null,
): Promise<SignInRequestOutcome> {
  const email = normalizeEmail(rawEmail);
  const attempt = await db.signInAttempt.create({ data: { email, ipAddress: client, at: now }, select: { id: true } });
  const since = (minutes: number) => ({ gt: subMinutes(now, minutes), lte: now });
  const { perAddressAndClient, perAddress, perClient } = signInLimits;
  const [fromClient, forPair, forAddress, active] = await Promise.all([
    db.signInAttempt.count({ where: { ipAddress: client, at: since(perClient.minutes) } }),
    db.signInAttempt.count({ where: { email, ipAddress: client, at: since(perAddressAndClient.minutes) } }),
    db.signInAttempt.count({ where: { email, at: since(perAddress.minutes) } }),
    isActivePerson(email),
  ]);
  if (fromClient > perClient.count) {
    // A refused request is not counted, so a client that keeps trying is not kept out for longer.
    await db.signInAttempt.delete({ where: { id: attempt.id } });
    return { answer: "wait", minutes: await minutesUntilClientMayAsk(client, now) };
  }
  if (forPair > perAddressAndClient.count || forAddress > perAddress.count || !active)
    return { answer: "sent-if-known" };
  return { answer: "sent-if-known", send: () => sendSignInLink(email, now, returnPath) };
}

async function minutesUntilClientMayAsk(client: string, now: Date) {
  const { count, minutes } = signInLimits.perClient;
  const recent = await db.signInAttempt.findMany({
    where: { ipAddress: client, at: { gt: subMinutes(now, minutes), lte: now } },
    orderBy: { at: "desc" },
    skip: count - 1,
    take: 1,
    select: { at: true },
  });
  const freesAt = recent[0] ? recent[0].at.getTime() + minutes * 60_000 : now.getTime();
  return Math.max(1, Math.ceil((freesAt - now.getTime()) / 60_000));
}
