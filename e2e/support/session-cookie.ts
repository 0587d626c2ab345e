import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/** A Cookie header with a real database session, for requests made without a browser. */
export async function sessionCookie(person: { id: string }) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: person.id, expires: new Date(Date.now() + 3600_000) } });
  return `authjs.session-token=${sessionToken}`;
}
