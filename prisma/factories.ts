import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

const unique = () => randomBytes(4).toString("hex");

/** A person with a unique email; tests override only what they care about. */
export function createPerson(overrides: Partial<Prisma.UserCreateInput> = {}) {
  const suffix = unique();
  return db.user.create({
    data: { name: `Person ${suffix}`, email: `person-${suffix}@example.test`, role: "viewer", ...overrides },
  });
}
