import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/db-like";
import { searchText } from "@/lib/text/search-text";

export const peopleSearchLimit = 10;

export const pickablePersonSelect = { id: true, name: true, email: true, active: true, role: true } as const;

/** The picker shows a choice as "Name (email)"; typed or pasted whole, it is looked up by that email. */
const chosenEmail = (text: string) => /\(([^()\s]+@[^()\s]+)\)$/.exec(text)?.[1];

/**
 * The people picker's search as you type: up to 10 people whose name or email contains the text
 * (or, for a whole "Name (email)", that person), active ones first. Anyone signed in may see who is
 * who, as in the full picker list.
 */
export async function searchPeople(actor: Actor | null, query: string) {
  await authorize(actor, "person.search", isSignedIn);
  const q = searchText(query);
  if (!q) return { people: [], more: false };
  const text = { contains: likeLiteral(q), mode: "insensitive" as const };
  const email = chosenEmail(q);
  const found = await db.user.findMany({
    where: email ? { email: { equals: email, mode: "insensitive" } } : { OR: [{ name: text }, { email: text }] },
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    select: pickablePersonSelect,
    take: peopleSearchLimit + 1,
  });
  return { people: found.slice(0, peopleSearchLimit), more: found.length > peopleSearchLimit };
}

/** The people a form or filter has already chosen, by id, so each shows by name before any search. */
export async function readChosenPeople(actor: Actor | null, ids: (string | null | undefined)[]) {
  await authorize(actor, "person.search", isSignedIn);
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return [];
  return db.user.findMany({ where: { id: { in: wanted } }, select: pickablePersonSelect });
}

export type PickablePerson = Awaited<ReturnType<typeof searchPeople>>["people"][number];
