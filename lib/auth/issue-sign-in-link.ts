import { createHash, randomBytes } from "node:crypto";
import { addMinutes } from "date-fns";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { safeReturnPath } from "./return-path";

export const signInLinkMinutes = 10;
export const invitationLinkMinutes = 7 * 24 * 60;

/**
 * Stores a single-use verification token the way Auth.js's email callback reads it
 * (sha256 of token + secret) and returns the confirmation page's address for it.
 */
export async function issueSignInLink(
  email: string,
  validMinutes: number,
  now = new Date(),
  tx: Prisma.TransactionClient = db,
  returnPath: string | null = null,
) {
  const token = randomBytes(32).toString("hex");
  const hashed = createHash("sha256").update(`${token}${env().AUTH_SECRET}`).digest("hex");
  await tx.verificationToken.create({
    data: { identifier: email, token: hashed, expires: addMinutes(now, validMinutes) },
  });
  const link = new URL("/sign-in/confirm", env().APP_URL);
  link.searchParams.set("token", token);
  link.searchParams.set("email", email);
  const back = safeReturnPath(returnPath);
  if (back && back !== "/") link.searchParams.set("callbackUrl", back);
  return link.toString();
}
