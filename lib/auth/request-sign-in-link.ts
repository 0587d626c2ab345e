import { subMinutes } from "date-fns";
import { db } from "@/lib/db";
import { isActivePerson, normalizeEmail } from "@/lib/people/find-person";
import { sendSignInLink } from "./send-sign-in-link";

export const signInLimit = { perWindow: 5, windowMinutes: 15 };

export const signInRequestAnswer = "If that address belongs to someone here, a sign-in link is on its way. It works for 10 minutes.";

/**
 * Sends a link only to invited, active people and at most 5 per address and per client in
 * 15 minutes. Each attempt is counted before deciding, so concurrent requests cannot slip past.
 * The caller always shows the same answer, so nobody learns which addresses exist.
 */
export async function requestSignInLink(rawEmail: string, ipAddress: string, now = new Date(), returnPath: string | null = null) {
  const email = normalizeEmail(rawEmail);
  await db.signInAttempt.create({ data: { email, ipAddress, at: now } });
  const since = subMinutes(now, signInLimit.windowMinutes);
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.count({ where: { email, at: { gt: since, lte: now } } }),
    db.signInAttempt.count({ where: { ipAddress, at: { gt: since, lte: now } } }),
  ]);
  if (byEmail > signInLimit.perWindow || byAddress > signInLimit.perWindow) return;
  if (!(await isActivePerson(email))) return;
  await sendSignInLink(email, now, returnPath);
}
