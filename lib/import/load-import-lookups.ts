import { db } from "@/lib/db";
import type { ImportLookups } from "./read-import-row";

export type ExistingTokenKeys = Set<string>;

/** The same key the database's unique constraint uses: name and service without case, and environment. */
export const tokenKey = (name: string, service: string, environment: string) => `${name.trim().toLowerCase()}\u0000${service.trim().toLowerCase()}\u0000${environment}`;

/** People and teams to match emails and team names against, read once per check. */
export async function loadImportLookups(): Promise<ImportLookups> {
  const [people, teams] = await Promise.all([
    db.user.findMany({ select: { id: true, email: true, active: true, role: true } }),
    db.team.findMany({ select: { id: true, name: true } }),
  ]);
  return {
    peopleByEmail: new Map(people.map((person) => [person.email.toLowerCase(), { id: person.id, active: person.active, role: person.role }])),
    teamsByName: new Map(teams.map((team) => [team.name.trim().toLowerCase().replace(/\s+/g, " "), team.id])),
  };
}

/** Keys of tokens already in Tokenbook (retired ones too: they keep their name) for the services in the file. */
export async function loadExistingTokenKeys(services: string[]): Promise<ExistingTokenKeys> {
  const serviceKeys = [...new Set(services.map((service) => service.trim().toLowerCase()).filter(Boolean))];
  const tokens = await db.token.findMany({ where: { serviceKey: { in: serviceKeys } }, select: { nameKey: true, serviceKey: true, environment: true } });
  return new Set(tokens.map((token) => tokenKey(token.nameKey, token.serviceKey, token.environment)));
}
