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
import { createPerson } from "@/prisma/factories";
import type { Actor } from "./actor";
import { signOutEverywhere } from "./sign-out-everywhere";

type Who = "anonymous" | "viewer" | "editor" | "admin";
const everyone: Who[] = ["anonymous", "viewer", "editor", "admin"];
const signedIn: Who[] = ["viewer", "editor", "admin"];
const admins: Who[] = ["admin"];

let actors: Record<Who, Actor | null>;
let target: { id: string };

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
  { name: "Audit page → listAuditEvents", allowed: admins, call: (a) => listAuditEvents(a, {}) },
  { name: "Audit page → listAuditActions", allowed: admins, call: (a) => listAuditActions(a) },
  { name: "GET /api/audit/export → exportAuditCsv", allowed: admins, call: (a) => exportAuditCsv(a, {}) },
];

beforeAll(async () => {
  const [viewer, editor, admin] = await Promise.all([createPerson({ role: "viewer" }), createPerson({ role: "editor" }), createPerson({ role: "admin" })]);
  target = await createPerson({ role: "viewer" });
  actors = { anonymous: null, viewer, editor, admin };
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
