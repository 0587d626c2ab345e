// The authorization table (testing/authorization-table/) is only as good as its rows: this
// fails when a server action or route handler has none. Rows are matched by name, so each row name
// starts with the way in: "invitePersonAction → invitePerson", "GET /api/audit/export → exportAuditCsv".
import { describe, expect, it } from "vitest";
import { apiRows } from "@/testing/authorization-table/api-rows";
import { peopleAndSettingsRows } from "@/testing/authorization-table/people-and-settings-rows";
import { runbooksAndIncidentsRows } from "@/testing/authorization-table/runbooks-and-incidents-rows";
import { tokensAndTeamsRows } from "@/testing/authorization-table/tokens-and-teams-rows";
import { routeHandlers, serverActions } from "./entry-points";

const tableFolder = "testing/authorization-table/*-rows.ts";

/** Ways in that no role rule guards, each for a reason of its own (and tested where that reason lives). */
const publicEntryPoints: Record<string, string> = {
  requestSignInLinkAction: "anyone may ask for a sign-in link; only invited, active people get one",
  signInWithSsoAction: "starts single sign-on; only invited people are let in",
  signOutAction: "ends the caller's own session",
  completeSetupAction: "guarded by the one-time setup link, not by a role",
  "GET /api/auth/[...nextauth]": "Auth.js's own sign-in endpoints",
  "POST /api/auth/[...nextauth]": "Auth.js's own sign-in endpoints",
  "POST /api/sign-in/confirm": "hands the single-use sign-in token to Auth.js (same-origin only)",
  "GET /api/health": "health check for load balancers; says nothing about the data",
  confirmAcknowledgementAction:
    "guarded by the signed “I'm on it” link from the reminder email (HMAC over token, date and person)",
  "GET /api/calendar/[kind]/[file]": "guarded by the unguessable feed key in the address; a reset key answers 404",
  "GET /api/v1/openapi.json": "the API's public description; holds no data",
};

const rowNames = [...peopleAndSettingsRows, ...tokensAndTeamsRows, ...runbooksAndIncidentsRows, ...apiRows].map(
  (row) => row.name,
);
const hasRow = (entry: string) =>
  rowNames.some((name) => name === entry || name.startsWith(`${entry} → `) || name.startsWith(`${entry} (`));

const entries = [
  ...serverActions().map(({ name, file }) => ({ entry: name, where: file, example: `${name} → <domain function>` })),
  ...routeHandlers().map(({ method, route, file }) => ({
    entry: `${method} ${route}`,
    where: file,
    example: `${method} ${route} → <domain function>`,
  })),
];

describe("the authorization table covers every way in", () => {
  it("finds the server actions and route handlers it checks", () => {
    expect(entries.map((e) => e.entry)).toEqual(
      expect.arrayContaining([
        "invitePersonAction",
        "createTokenAction",
        "GET /api/audit/export",
        "POST /api/sign-in/confirm",
      ]),
    );
  });

  it.each(entries.filter(({ entry }) => !(entry in publicEntryPoints)))(
    "has a row for $entry",
    ({ entry, where, example }) => {
      expect(
        hasRow(entry),
        `${entry} (${where}) has no row in ${tableFolder}. Add one named “${example}” that calls the domain function as every kind of person, ` +
          `or, if no role guards it on purpose, list it with its reason in publicEntryPoints in testing/security/authorization-table-coverage.test.ts.`,
      ).toBe(true);
    },
  );

  it("lists only public ways in that still exist and have no row", () => {
    const known = new Set(entries.map((e) => e.entry));
    expect(Object.keys(publicEntryPoints).filter((entry) => !known.has(entry) || hasRow(entry))).toEqual([]);
  });
});
