import { subDays } from "date-fns";
import { db } from "@/lib/db";

/** Sign-in attempts are kept a day (the longest limit counts an hour of them), then removed. */
export const signInAttemptsKeptDays = 1;

/**
 * Removes sign-in attempts older than a day and sign-in and invitation links past their expiry.
 * Safe to run twice or on several instances at once: each run only deletes what is already stale.
 */
export async function pruneSignInRecords(now = new Date()) {
  const [attempts, links] = await db.$transaction([
    db.signInAttempt.deleteMany({ where: { at: { lt: subDays(now, signInAttemptsKeptDays) } } }),
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
  ]);
  return { attempts: attempts.count, links: links.count };
}
