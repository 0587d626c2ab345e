import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** People to choose as owner or backup (and to filter by): anyone signed in may see who is who. */
export async function listPeopleForPicker(actor: Actor | null) {
  await authorize(actor, "person.list_for_picker", isSignedIn);
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, active: true, role: true },
  });
}
