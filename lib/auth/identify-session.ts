import "server-only";
import type { SessionIdentity } from "@/lib/page-cache/whole-page-registry";
import { findSettledSession } from "./find-settled-session";

/**
 * For the web server's whole-page cache: the active person a session token belongs to, their role and
 * the data version, in one statement; undefined for a session Auth.js must see (unknown, expired, due for
 * renewal) or a deactivated person, whose requests go to the app as they are.
 */
export async function identifySession(sessionToken: string, now = new Date()): Promise<SessionIdentity | undefined> {
  const settled = await findSettledSession(sessionToken, now);
  if (!settled?.person.active) return undefined;
  return { personId: settled.person.id, role: settled.person.role, dataVersion: settled.dataVersion };
}
