import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** Everyone in Tokenbook, for the admins' People page: active first, then by name. */
export async function listPeople(actor: Actor | null) {
  await authorize(actor, "person.list", isAdmin);
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      deactivatedAt: true,
      createdAt: true,
      team: { select: { name: true } },
    },
  });
}

export async function listTeams(actor: Actor | null) {
  await authorize(actor, "team.list", isSignedIn);
  return db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
