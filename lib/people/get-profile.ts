import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** The signed-in person's own record. */
export async function getProfile(actor: Actor | null) {
  const me = await authorize(actor, "person.view_profile", isSignedIn);
  return db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { name: true, email: true, role: true, createdAt: true, team: { select: { name: true } } },
  });
}
