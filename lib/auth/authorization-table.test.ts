// Every server action and route handler reaches the data through one domain function; this table
// calls each of them directly as every kind of person and checks the server's answer.
import { beforeAll, describe, expect, it } from "vitest";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { listOutbox } from "@/lib/mail/list-outbox";
import { sendTestEmail } from "@/lib/mail/send-test-email";
import { changeRole } from "@/lib/people/change-role";
import { getProfile } from "@/lib/people/get-profile";
import { invitePerson, resendInvitation } from "@/lib/people/invite-person";
import { listPeople, listTeams } from "@/lib/people/list-people";
import { setPersonActive } from "@/lib/people/set-person-active";
import { listPeopleForPicker } from "@/lib/people/list-people-for-picker";
import { getToken } from "@/lib/tokens/get-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { retireToken } from "@/lib/tokens/retire-token";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import type { TokenInput } from "@/lib/tokens/schema";
import { tokenFormOptions } from "@/lib/tokens/token-form-options";
import { getTokenHistory } from "@/lib/tokens/token-history";
import { createTeam, deleteTeam, listTeamsWithCounts, renameTeam } from "@/lib/teams/manage-teams";
import { createPerson, createTeam as createTeamRecord, createTokenRecord } from "@/prisma/factories";
import type { Actor } from "./actor";
import { signOutEverywhere } from "./sign-out-everywhere";

type Who = "anonymous" | "viewer" | "editor (not owner)" | "editor (owner)" | "admin";
const everyone: Who[] = ["anonymous", "viewer", "editor (not owner)", "editor (owner)", "admin"];
const signedIn: Who[] = ["viewer", "editor (not owner)", "editor (owner)", "admin"];
const editors: Who[] = ["editor (not owner)", "editor (owner)", "admin"];
const ownersAndAdmins: Who[] = ["editor (owner)", "admin"];
const admins: Who[] = ["admin"];

let actors: Record<Who, Actor | null>;
let target: { id: string };
let token: { id: string; name: string };
let team: { id: string };
const tokenInput = (): TokenInput => ({
  name: token.name,
  service: "HubSpot",
  purpose: "Weekly report",
  environment: "production",
  secretLocation: "1Password › Marketing vault",
  expiresOn: "2027-03-01",
  criticality: "medium",
});

type Row = { name: string; allowed: Who[]; call: (actor: Actor | null) => Promise<unknown> };

const rows: Row[] = [
  { name: "signOutEverywhereAction → signOutEverywhere", allowed: signedIn, call: (a) => signOutEverywhere(a) },
  { name: "People page → listPeople", allowed: admins, call: (a) => listPeople(a) },
  { name: "People page → listTeams", allowed: signedIn, call: (a) => listTeams(a) },
  { name: "Profile page → getProfile", allowed: signedIn, call: (a) => getProfile(a) },
  {
    name: "invitePersonAction → invitePerson",
    allowed: admins,
    call: (a) => invitePerson(a, { name: "Invited", email: `invited-${Math.random()}@example.test`, role: "viewer" }),
  },
  { name: "resendInvitationAction → resendInvitation", allowed: admins, call: (a) => resendInvitation(a, target.id) },
  { name: "changeRoleAction → changeRole", allowed: admins, call: (a) => changeRole(a, { personId: target.id, role: "editor" }) },
  { name: "setPersonActiveAction → setPersonActive (deactivate)", allowed: admins, call: (a) => setPersonActive(a, target.id, false) },
  { name: "setPersonActiveAction → setPersonActive (reactivate)", allowed: admins, call: (a) => setPersonActive(a, target.id, true) },
  { name: "sendTestEmailAction → sendTestEmail", allowed: admins, call: (a) => sendTestEmail(a, "it@example.test") },
  { name: "Outbox page → listOutbox", allowed: admins, call: (a) => listOutbox(a) },
  { name: "Tokens page → listTokens", allowed: signedIn, call: (a) => listTokens(a, {}) },
  { name: "Token page → getToken", allowed: signedIn, call: (a) => getToken(a, token.id) },
  { name: "Token page → getTokenHistory", allowed: signedIn, call: (a) => getTokenHistory(a, token.id) },
  { name: "New/edit token page → tokenFormOptions", allowed: editors, call: (a) => tokenFormOptions(a) },
  { name: "Token form → listPeopleForPicker", allowed: signedIn, call: (a) => listPeopleForPicker(a) },
  {
    name: "createTokenAction → createToken",
    allowed: editors,
    call: (a) => createToken(a, { ...tokenInput(), name: `New ${Math.random()}` }),
  },
  { name: "updateTokenAction → updateToken", allowed: ownersAndAdmins, call: (a) => updateToken(a, token.id, tokenInput()) },
  { name: "Teams page → listTeamsWithCounts", allowed: admins, call: (a) => listTeamsWithCounts(a) },
  { name: "createTeamAction → createTeam", allowed: admins, call: (a) => createTeam(a, { name: `Team ${Math.random()}` }) },
  { name: "renameTeamAction → renameTeam", allowed: admins, call: (a) => renameTeam(a, team.id, { name: `Renamed ${Math.random()}` }) },
  {
    name: "deleteTeamAction → deleteTeam",
    allowed: admins,
    call: async (a) => deleteTeam(a, (await createTeamRecord()).id),
  },
  { name: "Audit page → listAuditEvents", allowed: admins, call: (a) => listAuditEvents(a, {}) },
  { name: "Audit page → listAuditActions", allowed: admins, call: (a) => listAuditActions(a) },
  { name: "GET /api/audit/export → exportAuditCsv", allowed: admins, call: (a) => exportAuditCsv(a, {}) },
  // Retiring changes the token for good: each allowed call retires a fresh one.
  {
    name: "retireTokenAction → retireToken",
    allowed: ownersAndAdmins,
    call: async (a) => {
      const fresh = await createTokenRecord({ ownerId: actors["editor (owner)"]!.id });
      return retireToken(a, fresh.id);
    },
  },
];

beforeAll(async () => {
  const [viewer, editor, owner, admin] = await Promise.all([
    createPerson({ role: "viewer" }),
    createPerson({ role: "editor" }),
    createPerson({ role: "editor" }),
    createPerson({ role: "admin" }),
  ]);
  target = await createPerson({ role: "viewer" });
  token = await createTokenRecord({ ownerId: owner.id });
  team = await createTeamRecord();
  actors = { anonymous: null, viewer, "editor (not owner)": editor, "editor (owner)": owner, admin };
});

describe.each(rows)("$name", ({ allowed, call }) => {
  it.each(everyone)("as %s", async (who) => {
    const refusalsBefore = await db.auditEvent.count({ where: { action: "authorization.refused" } });
    const outcome = await call(actors[who]).then(
      () => "allowed",
      (error: unknown) => (error instanceof ForbiddenError || error instanceof UnauthenticatedError ? "refused" : "allowed"),
    );
    expect(outcome).toBe(allowed.includes(who) ? "allowed" : "refused");
    const refusalsAfter = await db.auditEvent.count({ where: { action: "authorization.refused" } });
    expect(refusalsAfter - refusalsBefore).toBe(outcome === "refused" ? 1 : 0);
  });
});
