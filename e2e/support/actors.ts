import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { createPerson } from "@/prisma/factories";

/** A person in the e2e database and the same person as a domain function's actor. */
export async function createActor(role: Role, name?: string): Promise<Actor> {
  const person = await createPerson({ role, ...(name ? { name } : {}) });
  return { id: person.id, email: person.email, name: person.name, role: person.role };
}
