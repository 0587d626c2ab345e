import { db } from "@/lib/db";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Only invited people who are still active may sign in. */
export async function isActivePerson(email: string) {
  if (!email) return false;
  const person = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { active: true } });
  return person?.active === true;
}
