import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { daysFromNow } from "@/testing/dates";

const unique = () => randomBytes(4).toString("hex");

/** A person with a unique email; tests override only what they care about. */
export function createPerson(overrides: Partial<Prisma.UserCreateInput> = {}) {
  const suffix = unique();
  return db.user.create({
    data: { name: `Person ${suffix}`, email: `person-${suffix}@example.test`, role: "viewer", ...overrides },
  });
}

export function createTeam(name = `Team ${unique()}`) {
  return db.team.create({ data: { name } });
}

type TokenOverrides = Partial<Omit<Prisma.TokenUncheckedCreateInput, "nameKey" | "serviceKey">> & {
  dependents?: string[];
  tags?: string[];
};

/** A token written straight to the database (no domain rules), with a fresh owner unless one is given. */
export async function createTokenRecord({ dependents = [], tags = [], ...overrides }: TokenOverrides = {}) {
  const ownerId = overrides.ownerId ?? (await createPerson({ role: "editor" })).id;
  const name = overrides.name ?? `Token ${unique()}`;
  const service = overrides.service ?? "HubSpot";
  return db.token.create({
    data: {
      purpose: "Pulls campaign numbers into the weekly marketing report",
      environment: "production",
      secretLocation: "1Password › Marketing vault",
      expiresOn: daysFromNow(180),
      ...overrides,
      name,
      nameKey: name.toLowerCase(),
      service,
      serviceKey: service.toLowerCase(),
      ownerId,
      dependents: { create: dependents.map((d, position) => ({ name: d, position })) },
      tags: { connectOrCreate: tags.map((tag) => ({ where: { name: tag }, create: { name: tag } })) },
    },
  });
}
