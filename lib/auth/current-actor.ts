import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { clientAddress } from "@/lib/http/client-address";
import type { Actor } from "./actor";
import { auth, type SessionPerson } from "./auth";
import { findSettledSession } from "./find-settled-session";
import { sessionCookieName } from "./session-settings";

export { clientAddress } from "@/lib/http/client-address";

/**
 * The signed-in, still active person, read fresh from the database (session and person in one
 * query) once per request: the header and the page share the answer. React's `cache` lives for one
 * server render, never across requests or people. A session that needs something done to it is read
 * through Auth.js (findSettledSession). `dataVersion` is the data version when that same statement read
 * it, before anything else the request reads.
 */
export const readSignedIn = cache(async (): Promise<{ actor: Actor | null; dataVersion?: bigint }> => {
  const sessionToken = (await cookies()).get(sessionCookieName())?.value;
  if (!sessionToken) return { actor: null };
  const settled = await findSettledSession(sessionToken);
  const person = settled?.person ?? ((await auth())?.user as SessionPerson | undefined);
  if (!person?.active) return { actor: null };
  const requestHeaders = await headers();
  const actor: Actor = {
    id: person.id,
    email: person.email,
    name: person.name,
    role: person.role,
    ipAddress: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  };
  return { actor, dataVersion: settled?.dataVersion };
});

/** The signed-in, still active person (readSignedIn), or null. */
export const currentActor = async (): Promise<Actor | null> => (await readSignedIn()).actor;
