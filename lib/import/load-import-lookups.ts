import { db } from "@/lib/db";
import type { ImportLookups } from "./read-import-row";

export type ExistingTokens = {
  /** Keys of tokens the database would refuse as the same token. */
  keys: Set<string>;
  /** Tokens by a looser key (name and service without case, spaces or punctuation, any environment). */
  similar: Map<string, { name: string; service: string; environment: string }>;
};

/** The same key the database's unique constraint uses: name and service without case, and environment. */
export const tokenKey = (name: string, service: string, environment: string) =>
  `${name.trim().toLowerCase()}\u0000${service.trim().toLowerCase()}\u0000${environment}`;

/** People and teams to match emails and team names against, read once per check. */
export async function loadImportLookups(): Promise<ImportLookups> {
  const [people, teams] = await Promise.all([
    db.user.findMany({ select: { id: true, email: true, active: true, role: true } }),
    db.team.findMany({ select: { id: true, name: true } }),
  ]);
  return {
    peopleByEmail: new Map(
      people.map((person) => [person.email.toLowerCase(), { id: person.id, active: person.active, role: person.role }]),
    ),
    teamsByName: new Map(teams.map((team) => [team.name.trim().toLowerCase().replace(/\s+/g, " "), team.id])),
  };
}

/**
 * Name and service without case, spaces or punctuation: “Reports-Key” for “Google Analytics” is like “reports key” for
 * “google analytics”.
 */
export const similarTokenKey = (name: string, service: string) =>
  [name, service].map((text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")).join("\u0000");

/**
 * Tokens already in Tokenbook (retired ones too: they keep their name), to refuse the same token and warn of a similar
 * one.
 */
export async function loadExistingTokens(): Promise<ExistingTokens> {
  const tokens = await db.token.findMany({
    select: { name: true, service: true, nameKey: true, serviceKey: true, environment: true },
  });
  return {
    keys: new Set(tokens.map((token) => tokenKey(token.nameKey, token.serviceKey, token.environment))),
    similar: new Map(
      tokens.map((token) => [
        similarTokenKey(token.name, token.service),
        { name: token.name, service: token.service, environment: token.environment },
      ]),
    ),
  };
}
