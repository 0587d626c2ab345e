import { headers } from "next/headers";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import type { Actor } from "./actor";
import { auth } from "./auth";

export { clientAddress } from "@/lib/http/client-address";

/** The signed-in, still active person, read fresh from the database on every request. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const person = await db.user.findUnique({ where: { id: userId } });
  if (!person?.active) return null;
  const requestHeaders = await headers();
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    role: person.role,
    ipAddress: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  };
}
