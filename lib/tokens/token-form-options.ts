import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { canEditTokens } from "./token-access";

/** The choices the create and edit forms offer: people (active ones can be picked) and teams. */
export async function tokenFormOptions(actor: Actor | null) {
  const me = await authorize(actor, "token.open_form", canEditTokens);
  const [people, teams] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true, active: true, role: true } }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  // Only admins may promote a viewer chosen as owner or backup, in the same step.
  return { people, teams, canPromote: me.role === "admin" };
}
