// Rows for tokens, calendars, teams, channels, the audit log, import/export and ownership.
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { getCalendarFeeds } from "@/lib/calendar/get-calendar-feeds";
import { listCalendarMonth } from "@/lib/calendar/list-calendar-month";
import { calendarMonth } from "@/lib/calendar/calendar-month";
import { resetPersonCalendarKey, resetTeamCalendarKey } from "@/lib/calendar/reset-calendar-key";
import { listTokensNeedingAttention } from "@/lib/dashboard/list-attention";
import { listTimeline } from "@/lib/timeline/list-timeline";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db";
import { importTemplateCsv } from "@/lib/import/import-template-csv";
import { importTokens } from "@/lib/import/import-tokens";
import { previewImport, readImportFile } from "@/lib/import/preview-import";
import { assignTokens } from "@/lib/ownership/assign-tokens";
import { findWhoOwns } from "@/lib/ownership/find-who-owns";
import { readChosenPeople, searchPeople } from "@/lib/people/search-people";
import { handOverAndDeactivate } from "@/lib/ownership/hand-over-tokens";
import { countHeldTokensByPerson } from "@/lib/ownership/held-tokens";
import { listMyTokens } from "@/lib/ownership/list-my-tokens";
import { loadHandover } from "@/lib/ownership/load-handover";
import { getOwnershipOverview } from "@/lib/ownership/ownership-overview";
import { listPeopleForPicker } from "@/lib/people/list-people-for-picker";
import { getToken } from "@/lib/tokens/get-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { retireToken } from "@/lib/tokens/retire-token";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import { tokenFormOptions } from "@/lib/tokens/token-form-options";
import { exportTokensCsv } from "@/lib/tokens/export-tokens-csv";
import { exportTokensXlsx } from "@/lib/tokens/export-tokens-xlsx";
import { getTokenHistory } from "@/lib/tokens/token-history";
import { createTeam, deleteTeam, listTeamsWithCounts, renameTeam } from "@/lib/teams/manage-teams";
import { createPerson, createTeam as createTeamRecord, createTokenRecord } from "@/prisma/factories";
import { listChannels } from "@/lib/channels/list-channels";
import { createChannel, deleteChannel, resumeChannel, routeTeamToChannel } from "@/lib/channels/manage-channels";
import { sendTestMessage } from "@/lib/channels/send-test-message";
import { admins, editors, given, ownersAndAdmins, type Row, signedIn, tokenInput } from "./world";

export const tokensAndTeamsRows: Row[] = [
  { name: "Tokens page → listTokens", allowed: signedIn, call: (a) => listTokens(a, {}) },
  { name: "Home page → listTokensNeedingAttention", allowed: signedIn, call: (a) => listTokensNeedingAttention(a) },
  {
    name: "Timeline page → listTimeline",
    allowed: signedIn,
    call: (a) => listTimeline(a, { range: "12w", group: "team" }),
  },
  {
    name: "Calendar page → listCalendarMonth",
    allowed: signedIn,
    call: (a) => listCalendarMonth(a, calendarMonth(undefined, new Date())),
  },
  { name: "Profile page → getCalendarFeeds", allowed: signedIn, call: (a) => getCalendarFeeds(a) },
  {
    name: "resetPersonCalendarAction → resetPersonCalendarKey",
    allowed: signedIn,
    call: (a) => resetPersonCalendarKey(a),
  },
  // None of these people belongs to the team, so only the admin may give it a new address.
  {
    name: "resetTeamCalendarAction → resetTeamCalendarKey",
    allowed: admins,
    call: (a) => resetTeamCalendarKey(a, given.team.id),
  },
  { name: "Token page → getToken", allowed: signedIn, call: (a) => getToken(a, given.token.id) },
  { name: "Token page → getTokenHistory", allowed: signedIn, call: (a) => getTokenHistory(a, given.token.id) },
  { name: "New/edit token page → tokenFormOptions", allowed: editors, call: (a) => tokenFormOptions(a) },
  { name: "Token form → listPeopleForPicker", allowed: signedIn, call: (a) => listPeopleForPicker(a) },
  {
    name: "createTokenAction → createToken",
    allowed: editors,
    call: (a) => createToken(a, { ...tokenInput(), name: `New ${Math.random()}` }),
  },
  {
    name: "updateTokenAction → updateToken",
    allowed: ownersAndAdmins,
    call: async (a) =>
      updateToken(a, given.token.id, {
        ...tokenInput(),
        version: (await db.token.findUniqueOrThrow({ where: { id: given.token.id } })).updatedAt.toISOString(),
      }),
  },
  { name: "Teams page → listTeamsWithCounts", allowed: admins, call: (a) => listTeamsWithCounts(a) },
  {
    name: "createTeamAction → createTeam",
    allowed: admins,
    call: (a) => createTeam(a, { name: `Team ${Math.random()}` }),
  },
  {
    name: "renameTeamAction → renameTeam",
    allowed: admins,
    call: async (a) =>
      renameTeam(a, given.team.id, {
        name: `Renamed ${Math.random()}`,
        openedName: (await db.team.findUniqueOrThrow({ where: { id: given.team.id } })).name,
      }),
  },
  {
    name: "deleteTeamAction → deleteTeam",
    allowed: admins,
    call: async (a) => deleteTeam(a, (await createTeamRecord()).id),
  },
  { name: "Settings page → listChannels", allowed: admins, call: (a) => listChannels(a) },
  {
    name: "createChannelAction → createChannel",
    allowed: admins,
    call: (a) =>
      createChannel(a, {
        name: `Channel ${Math.random()}`,
        kind: "slack",
        url: "https://hooks.slack.example/services/T0/B0/x",
      }),
  },
  // A channel that does not exist: the gate comes first, and nothing is sent anywhere.
  {
    name: "sendTestMessageAction → sendTestMessage",
    allowed: admins,
    call: (a) => sendTestMessage(a, "no-such-channel"),
  },
  { name: "resumeChannelAction → resumeChannel", allowed: admins, call: (a) => resumeChannel(a, "no-such-channel") },
  { name: "deleteChannelAction → deleteChannel", allowed: admins, call: (a) => deleteChannel(a, "no-such-channel") },
  {
    name: "routeTeamAction → routeTeamToChannel",
    allowed: admins,
    call: (a) => routeTeamToChannel(a, given.team.id, null),
  },
  { name: "Audit page → listAuditEvents", allowed: admins, call: (a) => listAuditEvents(a, {}) },
  { name: "Audit page → listAuditActions", allowed: admins, call: (a) => listAuditActions(a) },
  { name: "GET /api/audit/export → exportAuditCsv", allowed: admins, call: (a) => exportAuditCsv(a, {}) },
  { name: "GET /api/tokens/export → exportTokensCsv", allowed: signedIn, call: (a) => exportTokensCsv(a, {}) },
  { name: "GET /api/tokens/export/xlsx → exportTokensXlsx", allowed: signedIn, call: (a) => exportTokensXlsx(a, {}) },
  { name: "GET /api/tokens/import-template → importTemplateCsv", allowed: signedIn, call: (a) => importTemplateCsv(a) },
  // A one-line file is enough: the refusal comes before the file is read.
  {
    name: "readImportFileAction → readImportFile",
    allowed: editors,
    call: (a) => readImportFile(a, { name: "tokens.csv", bytes: new TextEncoder().encode("Name\nx") }),
  },
  {
    name: "previewImportAction → previewImport",
    allowed: editors,
    call: (a) => previewImport(a, { csvText: "Name\nx", mapping: [""] }),
  },
  {
    name: "importTokensAction → importTokens",
    allowed: editors,
    call: (a) => importTokens(a, { csvText: "Name\nx", mapping: [""] }),
  },
  { name: "Ownership page → getOwnershipOverview", allowed: admins, call: (a) => getOwnershipOverview(a) },
  { name: "People page → countHeldTokensByPerson", allowed: admins, call: (a) => countHeldTokensByPerson(a) },
  {
    name: "assignTokensAction → assignTokens",
    allowed: admins,
    call: async (a) =>
      assignTokens(a, {
        role: "backup",
        personId: (await createPerson({ role: "editor" })).id,
        tokenIds: [(await createTokenRecord({ ownerId: given.actors["editor (owner)"]!.id })).id],
      }),
  },
  { name: "Handover page → loadHandover", allowed: admins, call: (a) => loadHandover(a, given.target.id) },
  {
    name: "handOverAction → handOverAndDeactivate",
    allowed: admins,
    call: async (a) => handOverAndDeactivate(a, { personId: (await createPerson()).id, tokens: [] }),
  },
  { name: "My tokens page → listMyTokens", allowed: signedIn, call: (a) => listMyTokens(a) },
  { name: "GET /api/who-owns → findWhoOwns", allowed: signedIn, call: (a) => findWhoOwns(a, "HubSpot") },
  { name: "GET /api/people/search → searchPeople", allowed: signedIn, call: (a) => searchPeople(a, "a") },
  { name: "Tokens page → readChosenPeople", allowed: signedIn, call: (a) => readChosenPeople(a, [a?.id]) },
  // Retiring changes the token for good: each allowed call retires a fresh one.
  {
    name: "retireTokenAction → retireToken",
    allowed: ownersAndAdmins,
    call: async (a) => {
      const fresh = await createTokenRecord({ ownerId: given.actors["editor (owner)"]!.id });
      return retireToken(a, fresh.id);
    },
  },
];
