// Extra people for bulk (benchmark) data, so a large inventory has a realistic number of people to
// own tokens and to pick from. Pure: no database here.
import type { Role } from "@/lib/generated/prisma/client";
import { demoPeople, demoTeams, type TeamKey } from "./demo-data";

/** One person for every this many tokens, and never fewer than the hand-written demo people. */
export const tokensPerBulkPerson = 50;

export type BulkPerson = { key: string; name: string; email: string; role: Role; team: TeamKey };

const firstNames = [
  "Ada",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Femi",
  "Gita",
  "Hugo",
  "Ines",
  "Jamal",
  "Kira",
  "Leo",
  "Maya",
  "Nils",
  "Olga",
  "Pablo",
  "Quinn",
  "Rami",
  "Sana",
  "Theo",
  "Uma",
  "Victor",
  "Wen",
  "Yara",
  "Zane",
];
const lastNames = [
  "Novak",
  "Haddad",
  "Ito",
  "Kowalski",
  "Nguyen",
  "Petrov",
  "Silva",
  "Tanaka",
  "Owusu",
  "Fischer",
  "Moreau",
  "Larsson",
  "Costa",
  "Byrne",
  "Sato",
  "Ahmed",
  "Jensen",
  "Romero",
  "Mensah",
  "Kaur",
];

/** How many people bulk data with `tokens` tokens has in all, the hand-written ones included. */
export const bulkPeopleCount = (tokens: number) =>
  Math.max(Object.keys(demoPeople).length, Math.ceil(tokens / tokensPerBulkPerson));

/** The people beyond the hand-written ones: editors mostly, spread over the teams in turn. */
export function planBulkPeople(tokens: number): BulkPerson[] {
  const teams = Object.keys(demoTeams) as TeamKey[];
  const count = bulkPeopleCount(tokens) - Object.keys(demoPeople).length;
  return Array.from({ length: count }, (_, index) => {
    const first = firstNames[index % firstNames.length];
    const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length];
    const number = String(index + 1).padStart(4, "0");
    return {
      key: `bulk${number}`,
      name: `${first} ${last} ${number}`,
      email: `${first}.${last}.${number}@example.com`.toLowerCase(),
      role: index % 4 === 3 ? "viewer" : "editor",
      team: teams[index % teams.length],
    };
  });
}
