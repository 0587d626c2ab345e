// Every form's domain function, given fuzzed values through its real schema, either does its job or
// refuses with a typed domain error (which the app turns into plain words). Anything else — a
// TypeError, a database error — would reach the person as a 500. Each input gets what can really
// arrive there: strings from forms and addresses, any JSON-like value where a server action takes
// an object argument (an attacker can send one by hand).
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { previewImport, readImportFile } from "@/lib/import/preview-import";
import { listOutbox } from "@/lib/mail/list-outbox";
import { sendTestEmail } from "@/lib/mail/send-test-email";
import { changeRole } from "@/lib/people/change-role";
import { invitePerson, resendInvitation } from "@/lib/people/invite-person";
import { setPersonActive } from "@/lib/people/set-person-active";
import { createTeam, deleteTeam, renameTeam } from "@/lib/teams/manage-teams";
import { getToken } from "@/lib/tokens/get-token";
import { parseTokenListQuery } from "@/lib/tokens/list-query";
import { listTokens } from "@/lib/tokens/list-tokens";
import { searchPeople } from "@/lib/people/search-people";
import { retireToken } from "@/lib/tokens/retire-token";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import type { TokenInput } from "@/lib/tokens/schema";
import { getTokenHistory } from "@/lib/tokens/token-history";
import { createPerson, createTeam as createTeamRecord, createTokenRecord } from "@/prisma/factories";
import { describeValue, fuzzValues } from "./fuzz-values";

const anyValues = fuzzValues(9);
const stringValues = anyValues.filter((value): value is string => typeof value === "string");
let admin: Actor;
let token: { id: string };
let team: { id: string };
let person: { id: string };

const validToken = (): TokenInput => ({
  name: `Fuzz target ${Math.random()}`,
  service: "HubSpot",
  purpose: "Weekly report",
  environment: "production",
  secretLocation: "1Password › Marketing vault",
  expiresOn: "2027-03-01",
  criticality: "medium",
  ownerId: admin?.id ?? "chosen once the admin exists",
  backupId: "none",
});
const tokenFields = [
  ...Object.keys(validToken()),
  "dependents",
  "scopes",
  "ownerId",
  "backupId",
  "teamId",
  "issuedOn",
  "doesNotExpire",
  "rotateEveryDays",
  "lastRotatedOn",
  "consoleUrl",
  "tags",
  "notes",
];

type Target = { name: string; call: (value: unknown) => Promise<unknown>; values?: "strings" };
const as = <T>(value: unknown) => value as T;

const targets: Target[] = [
  ...tokenFields.map((field) => ({
    name: `createToken { ${field} }`,
    call: (v: unknown) => createToken(admin, { ...validToken(), [field]: v }),
  })),
  { name: "createToken (whole input)", call: (v) => createToken(admin, as(v)) },
  // updateTokenAction turns whatever arrives as the id into a string first.
  { name: "updateToken (token id)", values: "strings", call: (v) => updateToken(admin, as(v), validToken()) },
  { name: "updateToken { notes }", call: (v) => updateToken(admin, token.id, { ...validToken(), notes: as(v) }) },
  { name: "getToken", values: "strings", call: (v) => getToken(admin, as(v)) },
  { name: "getTokenHistory", values: "strings", call: (v) => getTokenHistory(admin, as(v)) },
  { name: "retireToken", values: "strings", call: (v) => retireToken(admin, as(v)) },
  ...[
    "q",
    "status",
    "team",
    "owner",
    "service",
    "environment",
    "criticality",
    "tag",
    "use",
    "as",
    "sort",
    "dir",
    "after",
    "before",
    "size",
  ].map((key) => ({
    name: `listTokens ?${key}=`,
    values: "strings" as const,
    call: (v: unknown) => listTokens(admin, parseTokenListQuery({ [key]: as(v) })),
  })),
  ...["person", "action", "recordType", "recordId", "from", "to", "cursor", "before"].map((key) => ({
    name: `listAuditEvents ?${key}=`,
    values: "strings" as const,
    call: (v: unknown) => listAuditEvents(admin, { [key]: as(v) }),
  })),
  { name: "searchPeople", values: "strings", call: (v) => searchPeople(admin, as(v)) },
  { name: "listOutbox { status }", values: "strings", call: (v) => listOutbox(admin, { status: as(v) }) },
  { name: "listOutbox { cursor }", values: "strings", call: (v) => listOutbox(admin, { cursor: as(v) }) },
  { name: "createTeam { name }", values: "strings", call: (v) => createTeam(admin, { name: as(v) }) },
  {
    name: "renameTeam (team id)",
    values: "strings",
    call: (v) => renameTeam(admin, as(v), { name: `Team ${Math.random()}`, openedName: "" }),
  },
  {
    name: "renameTeam { name }",
    values: "strings",
    call: async (v) =>
      renameTeam(admin, team.id, {
        name: as(v),
        openedName: (await db.team.findUniqueOrThrow({ where: { id: team.id } })).name,
      }),
  },
  { name: "deleteTeam", values: "strings", call: (v) => deleteTeam(admin, as(v)) },
  {
    name: "invitePerson { name }",
    call: (v) => invitePerson(admin, { name: as(v), email: `fuzz-${Math.random()}@example.test`, role: "viewer" }),
  },
  { name: "invitePerson { email }", call: (v) => invitePerson(admin, { name: "Fuzz", email: as(v), role: "viewer" }) },
  {
    name: "invitePerson { role }",
    call: (v) => invitePerson(admin, { name: "Fuzz", email: `fuzz-${Math.random()}@example.test`, role: as(v) }),
  },
  {
    name: "invitePerson { teamId }",
    call: (v) =>
      invitePerson(admin, { name: "Fuzz", email: `fuzz-${Math.random()}@example.test`, role: "viewer", teamId: as(v) }),
  },
  {
    name: "changeRole { personId }",
    values: "strings",
    call: (v) => changeRole(admin, { personId: as(v), role: "viewer", openedRole: "viewer" }),
  },
  {
    name: "changeRole { role }",
    call: async (v) =>
      changeRole(admin, {
        personId: person.id,
        role: as(v),
        openedRole: (await db.user.findUniqueOrThrow({ where: { id: person.id } })).role,
      }),
  },
  { name: "setPersonActive (person id)", values: "strings", call: (v) => setPersonActive(admin, as(v), true) },
  { name: "resendInvitation", values: "strings", call: (v) => resendInvitation(admin, as(v)) },
  { name: "sendTestEmail", values: "strings", call: (v) => sendTestEmail(admin, as(v)) },
  {
    name: "readImportFile { name }",
    values: "strings",
    call: (v) => readImportFile(admin, { name: as(v), bytes: new TextEncoder().encode("Name,Service\nA,B") }),
  },
  {
    name: "readImportFile (file bytes)",
    values: "strings",
    call: (v) => readImportFile(admin, { name: "fuzz.csv", bytes: new TextEncoder().encode(as(v)) }),
  },
  { name: "previewImport { csvText }", call: (v) => previewImport(admin, { csvText: as(v), mapping: ["name"] }) },
  { name: "previewImport { mapping }", call: (v) => previewImport(admin, { csvText: "Name\nA", mapping: as(v) }) },
  {
    name: "previewImport { dateOrder }",
    call: (v) => previewImport(admin, { csvText: "Name\nA", mapping: ["name"], dateOrder: as(v) }),
  },
];

beforeAll(async () => {
  const adminPerson = await createPerson({ role: "admin" });
  admin = { id: adminPerson.id, email: adminPerson.email, name: adminPerson.name, role: "admin" };
  token = await createTokenRecord({ ownerId: adminPerson.id });
  team = await createTeamRecord();
  person = await createPerson();
});

describe(`${targets.length} inputs × up to ${anyValues.length} fuzzed values`, () => {
  it.each(targets)("$name answers or refuses in plain words", async ({ call, values }) => {
    const crashes: string[] = [];
    for (const value of values === "strings" ? stringValues : anyValues) {
      await call(value).catch((error: unknown) => {
        if (!(error instanceof DomainError))
          crashes.push(
            `${describeValue(value)} → ${error instanceof Error ? `${error.name}: ${error.message.split("\n").at(-1)}` : String(error)}`,
          );
      });
    }
    expect(crashes).toEqual([]);
  });
});
