import { randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { sessionLifetime } from "@/lib/auth/session-settings";
import { db } from "@/lib/db";

/**
 * Gives a browser context a real database session for a person, as a finished magic-link sign-in
 * would; the sign-in flow itself has its own tests.
 */
export async function signInAs(context: BrowserContext, person: { id: string }) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({
    data: { sessionToken, userId: person.id, expires: new Date(Date.now() + sessionLifetime.maxAgeSeconds * 1000) },
  });
  const { hostname } = new URL(process.env.E2E_BASE_URL!);
  await context.addCookies([
    { name: "authjs.session-token", value: sessionToken, domain: hostname, path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
}
