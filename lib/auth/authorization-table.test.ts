// Every server action and route handler reaches the data through one domain function; this table
// calls each of them directly as every kind of person and checks the server's answer.
import { beforeAll, describe, expect, it } from "vitest";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { getCalendarFeeds } from "@/lib/calendar/get-calendar-feeds";
import { listCalendarMonth } from "@/lib/calendar/list-calendar-month";
import { calendarMonth } from "@/lib/calendar/calendar-month";
import { resetPersonCalendarKey, resetTeamCalendarKey } from "@/lib/calendar/reset-calendar-key";
import { listTokensNeedingAttention } from "@/lib/dashboard/list-attention";
import { listTimeline } from "@/lib/timeline/list-timeline";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import { addDays, isoDay } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import { readSettingVersion } from "@/lib/settings/setting-version";
import { DomainError, ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { strangerRefusalsPerMinute } from "./authorize";
import { importTemplateCsv } from "@/lib/import/import-template-csv";
import { importTokens } from "@/lib/import/import-tokens";
import { previewImport, readImportFile } from "@/lib/import/preview-import";
import { listOutbox } from "@/lib/mail/list-outbox";
import { acknowledgeToken } from "@/lib/reminders/acknowledge-token";
import { getTokenReminders } from "@/lib/reminders/get-token-reminders";
import { getReminderDigest, setReminderDigest } from "@/lib/reminders/reminder-digest-preference";
import { reminderScheduleSettingKey } from "@/lib/reminders/reminder-schedule";
import { getReminderSchedule, saveReminderSchedule } from "@/lib/reminders/save-reminder-schedule";
import { getOrganisationTime, saveOrganisationTime } from "@/lib/settings/save-organisation-time";
import { organisationTimeSettingKey } from "@/lib/settings/organisation-time";
import { assignTokens } from "@/lib/ownership/assign-tokens";
import { findWhoOwns } from "@/lib/ownership/find-who-owns";
import { readChosenPeople, searchPeople } from "@/lib/people/search-people";
import { handOverAndDeactivate } from "@/lib/ownership/hand-over-tokens";
import { countHeldTokensByPerson } from "@/lib/ownership/held-tokens";
import { listMyTokens } from "@/lib/ownership/list-my-tokens";
import { loadHandover } from "@/lib/ownership/load-handover";
import { getOwnershipOverview } from "@/lib/ownership/ownership-overview";
import { sendAgain } from "@/lib/mail/send-again";
import { sendTestEmail } from "@/lib/mail/send-test-email";
import { markRevoked } from "@/lib/incidents/mark-revoked";
import { reportCompromised } from "@/lib/incidents/report-compromised";
import { clearAutomationHook, setAutomationHook } from "@/lib/automation-hooks/manage-automation-hook";
import { answerNotWorking, reportNotWorking } from "@/lib/incidents/report-not-working";
import { renameMyself } from "@/lib/people/rename-myself";
import { builtInTemplateId } from "@/lib/runbooks/built-in-templates";
import { getRunbook } from "@/lib/runbooks/get-runbook";
import { getRunbookStatus } from "@/lib/runbooks/get-runbook-status";
import { listRunbookTemplates } from "@/lib/runbooks/list-templates";
import { saveRunbookAsTemplate } from "@/lib/runbooks/save-as-template";
import { saveRunbook, startRunbookFromTemplate } from "@/lib/runbooks/save-runbook";
import { abandonRun, rollBackRun } from "@/lib/runs/end-run-early";
import { finishRun } from "@/lib/runs/finish-run";
import { getActiveRun, listPastRuns } from "@/lib/runs/get-run";
import { startRun } from "@/lib/runs/start-run";
import { setStepChecked } from "@/lib/runs/tick-step";
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
import { exportTokensCsv } from "@/lib/tokens/export-tokens-csv";
import { exportTokensXlsx } from "@/lib/tokens/export-tokens-xlsx";
import { getTokenHistory } from "@/lib/tokens/token-history";
import { createTeam, deleteTeam, listTeamsWithCounts, renameTeam } from "@/lib/teams/manage-teams";
import { createPerson, createTeam as createTeamRecord, createTokenRecord } from "@/prisma/factories";
import type { Actor } from "./actor";
import { requireScope, type ApiNeed } from "@/lib/api/api-scopes";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import type { ApiKeyScopeName } from "@/lib/api-keys/scope-words";
import { listTokensByKey } from "@/lib/tokens/list-tokens-by-key";
import { markRotated } from "@/lib/runs/mark-rotated";
import { getMonitorFailure, listMonitorFailures } from "@/lib/monitoring/list-monitor-failures";
import { recordMonitorSignal } from "@/lib/monitoring/record-monitor-signal";
import { readApiDocs } from "@/lib/api/api-docs";
import { signOutEverywhere } from "./sign-out-everywhere";
import { listChannels } from "@/lib/channels/list-channels";
import { createChannel, deleteChannel, resumeChannel, routeTeamToChannel } from "@/lib/channels/manage-channels";
import { sendTestMessage } from "@/lib/channels/send-test-message";

// Channel addresses are sealed with this key (read once, on the first call that needs it).
process.env.ENCRYPTION_KEY ??= "authorization-table-encryption-key-long-enough";

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
  ownerId: actors["editor (owner)"]!.id,
  backupId: "none",
});

const runbookSteps = {
  generateSteps: ["Make it"],
  replaceSteps: ["Put it in place"],
  verifySteps: ["Check it"],
  rollbackSteps: ["Put the old one back"],
};
const ownedToken = () => createTokenRecord({ ownerId: actors["editor (owner)"]!.id });
async function ownedTokenWithRunbook() {
  const fresh = await ownedToken();
  await db.runbook.create({ data: { tokenId: fresh.id, ...runbookSteps } });
  return fresh;
}
async function practiceRun(ticked: boolean) {
  const fresh = await ownedToken();
  const checklist = [{ section: "generate", text: "Make it" }];
  return db.rotationRun.create({
    data: {
      tokenId: fresh.id,
      activeTokenId: fresh.id,
      kind: "practice",
      steps: { checklist, rollback: [] },
      startedById: actors["editor (owner)"]!.id,
      checks: ticked ? { create: { stepIndex: 0, checkedById: actors["editor (owner)"]!.id } } : undefined,
    },
  });
}

type Row = { name: string; allowed: Who[]; call: (actor: Actor | null) => Promise<unknown> };

let tableKeyId: string;
const nextMonth = () => isoDay(addDays(new Date(), 30));
/** An API call: the person acting through a key of the given scope, checked as the route checks it, then the domain function. */
const throughKey = async (actor: Actor | null, scope: ApiKeyScopeName, need: ApiNeed, attempted: string) =>
  requireScope(actor && { ...actor, apiKey: { id: tableKeyId, name: "table", scope } }, need, attempted);
const apiKeyOfOwner = async () =>
  (
    await createApiKey(actors.admin, {
      name: "table key",
      scope: "read",
      expiresOn: nextMonth(),
      ownerId: actors["editor (owner)"]!.id,
    })
  ).apiKey;

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
  {
    name: "changeRoleAction → changeRole",
    allowed: admins,
    call: async (a) =>
      changeRole(a, {
        personId: target.id,
        role: "editor",
        openedRole: (await db.user.findUniqueOrThrow({ where: { id: target.id } })).role,
      }),
  },
  {
    name: "setPersonActiveAction → setPersonActive (deactivate)",
    allowed: admins,
    call: (a) => setPersonActive(a, target.id, false),
  },
  {
    name: "setPersonActiveAction → setPersonActive (reactivate)",
    allowed: admins,
    call: (a) => setPersonActive(a, target.id, true),
  },
  { name: "sendTestEmailAction → sendTestEmail", allowed: admins, call: (a) => sendTestEmail(a, "it@example.test") },
  { name: "Outbox page → listOutbox", allowed: admins, call: (a) => listOutbox(a) },
  { name: "sendAgainAction → sendAgain", allowed: admins, call: (a) => sendAgain(a, { ids: [] }) },
  { name: "Settings page → getReminderSchedule", allowed: admins, call: (a) => getReminderSchedule(a) },
  {
    name: "saveReminderScheduleAction → saveReminderSchedule",
    allowed: admins,
    call: async (a) =>
      saveReminderSchedule(
        a,
        { daysBefore: "30, 7, 0", criticalDaysBefore: "60", overdueEveryDays: "2" },
        await readSettingVersion(reminderScheduleSettingKey),
      ),
  },
  { name: "Settings page → getOrganisationTime", allowed: admins, call: (a) => getOrganisationTime(a) },
  {
    name: "saveOrganisationTimeAction → saveOrganisationTime",
    allowed: admins,
    call: async (a) =>
      saveOrganisationTime(
        a,
        { timeZone: "UTC", reminderHour: "9" },
        await readSettingVersion(organisationTimeSettingKey),
      ),
  },
  { name: "Profile page → getReminderDigest", allowed: signedIn, call: (a) => getReminderDigest(a) },
  { name: "setReminderDigestAction → setReminderDigest", allowed: signedIn, call: (a) => setReminderDigest(a, true) },
  {
    name: "Token page → getTokenReminders",
    allowed: signedIn,
    call: (a) => getTokenReminders(a, token.id, new Date()),
  },
  {
    name: "acknowledgeTokenAction → acknowledgeToken",
    allowed: ownersAndAdmins,
    call: (a) => acknowledgeToken(a, token.id),
  },
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
    call: (a) => resetTeamCalendarKey(a, team.id),
  },
  { name: "Token page → getToken", allowed: signedIn, call: (a) => getToken(a, token.id) },
  { name: "Token page → getTokenHistory", allowed: signedIn, call: (a) => getTokenHistory(a, token.id) },
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
      updateToken(a, token.id, {
        ...tokenInput(),
        version: (await db.token.findUniqueOrThrow({ where: { id: token.id } })).updatedAt.toISOString(),
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
      renameTeam(a, team.id, {
        name: `Renamed ${Math.random()}`,
        openedName: (await db.team.findUniqueOrThrow({ where: { id: team.id } })).name,
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
  { name: "routeTeamAction → routeTeamToChannel", allowed: admins, call: (a) => routeTeamToChannel(a, team.id, null) },
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
        tokenIds: [(await createTokenRecord({ ownerId: actors["editor (owner)"]!.id })).id],
      }),
  },
  { name: "Handover page → loadHandover", allowed: admins, call: (a) => loadHandover(a, target.id) },
  {
    name: "handOverAction → handOverAndDeactivate",
    allowed: admins,
    call: async (a) => handOverAndDeactivate(a, { personId: (await createPerson()).id, tokens: [] }),
  },
  { name: "My tokens page → listMyTokens", allowed: signedIn, call: (a) => listMyTokens(a) },
  { name: "GET /api/who-owns → findWhoOwns", allowed: signedIn, call: (a) => findWhoOwns(a, "HubSpot") },
  { name: "GET /api/people/search → searchPeople", allowed: signedIn, call: (a) => searchPeople(a, "a") },
  { name: "Tokens page → readChosenPeople", allowed: signedIn, call: (a) => readChosenPeople(a, [a?.id]) },
  // Runbooks, runs and incidents: each allowed call that changes something gets a fresh token (or run) of "editor (owner)".
  { name: "Runbook page → getRunbook", allowed: signedIn, call: (a) => getRunbook(a, token.id) },
  { name: "Token page → getRunbookStatus", allowed: signedIn, call: (a) => getRunbookStatus(a, token.id) },
  { name: "Runbook page → listRunbookTemplates", allowed: signedIn, call: (a) => listRunbookTemplates(a) },
  { name: "Run page → getActiveRun", allowed: signedIn, call: (a) => getActiveRun(a, token.id) },
  { name: "Runbook page → listPastRuns", allowed: signedIn, call: (a) => listPastRuns(a, token.id) },
  {
    name: "startRunbookFromTemplateAction → startRunbookFromTemplate",
    allowed: ownersAndAdmins,
    call: async (a) => startRunbookFromTemplate(a, (await ownedToken()).id, builtInTemplateId("personal-access-token")),
  },
  {
    name: "saveRunbookAction → saveRunbook",
    allowed: ownersAndAdmins,
    call: async (a) => saveRunbook(a, (await ownedToken()).id, runbookSteps, ""),
  },
  {
    name: "saveRunbookAsTemplateAction → saveRunbookAsTemplate",
    allowed: editors,
    call: async (a) =>
      saveRunbookAsTemplate(a, (await ownedTokenWithRunbook()).id, { name: `Template ${Math.random()}` }),
  },
  {
    name: "startRunAction → startRun",
    allowed: ownersAndAdmins,
    call: async (a) => startRun(a, (await ownedTokenWithRunbook()).id, "rotation"),
  },
  {
    name: "setStepCheckedAction → setStepChecked",
    allowed: ownersAndAdmins,
    call: async (a) => setStepChecked(a, (await practiceRun(false)).id, 0, true),
  },
  {
    name: "finishRunAction → finishRun",
    allowed: ownersAndAdmins,
    call: async (a) => finishRun(a, (await practiceRun(true)).id, { signOffNote: "Steps still match" }),
  },
  {
    name: "rollBackRunAction → rollBackRun",
    allowed: ownersAndAdmins,
    call: async (a) => rollBackRun(a, (await practiceRun(false)).id, { reason: "Broke the report" }),
  },
  {
    name: "abandonRunAction → abandonRun",
    allowed: ownersAndAdmins,
    call: async (a) => abandonRun(a, (await practiceRun(false)).id),
  },
  {
    name: "reportCompromisedAction → reportCompromised",
    allowed: signedIn,
    call: async (a) => reportCompromised(a, (await ownedToken()).id, { note: "Seen in a chat" }),
  },
  {
    name: "markRevokedAction → markRevoked",
    allowed: ownersAndAdmins,
    call: async (a) => markRevoked(a, (await ownedToken()).id, { reason: "Leaked" }),
  },
  {
    name: "setAutomationHookAction → setAutomationHook",
    allowed: ownersAndAdmins,
    call: async (a) => setAutomationHook(a, (await ownedToken()).id, { url: "https://ci.example.com/hooks/rotate" }),
  },
  {
    name: "clearAutomationHookAction → clearAutomationHook",
    allowed: ownersAndAdmins,
    call: async (a) => {
      const token = await ownedToken();
      await setAutomationHook(actors.admin, token.id, { url: "https://ci.example.com/hooks/rotate" });
      return clearAutomationHook(a, token.id);
    },
  },
  {
    name: "renameMyselfAction → renameMyself",
    allowed: signedIn,
    call: (a) => renameMyself(a, { name: a?.name ?? "Nobody" }),
  },
  {
    name: "reportNotWorkingAction → reportNotWorking",
    allowed: signedIn,
    call: async (a) => reportNotWorking(a, (await ownedToken()).id, { note: "The report is empty" }),
  },
  {
    name: "answerNotWorkingAction → answerNotWorking",
    allowed: ownersAndAdmins,
    call: async (a) =>
      answerNotWorking(
        a,
        (await createTokenRecord({ ownerId: actors["editor (owner)"]!.id, problemReportedAt: new Date() })).id,
      ),
  },
  {
    name: "createApiKeyAction → createApiKey",
    allowed: editors,
    call: (a) => createApiKey(a, { name: "ci-deploy", scope: "write", expiresOn: nextMonth(), ownerId: a?.id ?? "" }),
  },
  {
    name: "revokeApiKeyAction → revokeApiKey",
    allowed: ownersAndAdmins,
    call: async (a) => revokeApiKey(a, (await apiKeyOfOwner()).id),
  },
  { name: "Profile page → listApiKeys", allowed: editors, call: (a) => listApiKeys(a) },
  {
    name: "GET /api/v1/tokens → listTokensByKey",
    allowed: signedIn,
    call: async (a) => listTokensByKey(await throughKey(a, "read", "read", "token.list"), {}, { limit: 1 }),
  },
  {
    name: "GET /api/v1/tokens/[id] → getToken",
    allowed: signedIn,
    call: async (a) => getToken(await throughKey(a, "report", "read", "token.view"), token.id),
  },
  {
    name: "PUT /api/v1/tokens/[id] → updateToken",
    allowed: ownersAndAdmins,
    call: async (a) => updateToken(await throughKey(a, "write", "write", "token.update"), token.id, tokenInput()),
  },
  {
    name: "PUT /api/v1/tokens/[id] (read key) → updateToken",
    allowed: [],
    call: async (a) => updateToken(await throughKey(a, "read", "write", "token.update"), token.id, tokenInput()),
  },
  {
    name: "POST /api/v1/tokens → createToken",
    allowed: editors,
    call: async (a) =>
      createToken(await throughKey(a, "write", "write", "token.create"), {
        ...tokenInput(),
        name: `API ${Math.random()}`,
      }),
  },
  {
    name: "POST /api/v1/tokens (read key) → createToken",
    allowed: [],
    call: async (a) =>
      createToken(await throughKey(a, "read", "write", "token.create"), {
        ...tokenInput(),
        name: `API ${Math.random()}`,
      }),
  },
  {
    name: "GET /api/v1/people → listPeopleForPicker",
    allowed: signedIn,
    call: async (a) => listPeopleForPicker(await throughKey(a, "read", "read", "person.list_for_picker")),
  },
  {
    name: "GET /api/v1/teams → listTeams",
    allowed: signedIn,
    call: async (a) => listTeams(await throughKey(a, "report", "read", "team.list")),
  },
  {
    name: "POST /api/v1/tokens/[id]/revoked → markRevoked",
    allowed: ownersAndAdmins,
    call: async (a) =>
      markRevoked(await throughKey(a, "write", "write", "token.revoke"), (await ownedToken()).id, { reason: "Leaked" }),
  },
  {
    name: "POST /api/v1/tokens/[id]/revoked (report key) → markRevoked",
    allowed: [],
    call: async (a) =>
      markRevoked(await throughKey(a, "report", "write", "token.revoke"), (await ownedToken()).id, {
        reason: "Leaked",
      }),
  },
  {
    name: "POST /api/v1/tokens/[id]/rotated → markRotated",
    allowed: ownersAndAdmins,
    call: async (a) =>
      markRotated(await throughKey(a, "write", "write", "token.mark_rotated"), (await ownedToken()).id, {
        newExpiresOn: nextMonth(),
        signOffNote: "Works",
      }),
  },
  {
    name: "POST /api/v1/tokens/[id]/rotated (report key) → markRotated",
    allowed: [],
    call: async (a) =>
      markRotated(await throughKey(a, "report", "write", "token.mark_rotated"), (await ownedToken()).id, {
        newExpiresOn: nextMonth(),
        signOffNote: "Works",
      }),
  },
  {
    name: "POST /api/v1/tokens/[id]/compromised → reportCompromised",
    allowed: signedIn,
    call: async (a) =>
      reportCompromised(await throughKey(a, "report", "report", "token.report_compromised"), (await ownedToken()).id, {
        note: "Seen in a log",
      }),
  },
  {
    name: "POST /api/v1/tokens/[id]/compromised (write key) → reportCompromised",
    allowed: [],
    call: async (a) =>
      reportCompromised(
        await throughKey(a, "write", "report", "token.report_compromised"),
        (await ownedToken()).id,
        {},
      ),
  },
  {
    name: "POST /api/v1/tokens/[id]/signals → recordMonitorSignal",
    allowed: signedIn,
    call: async (a) =>
      recordMonitorSignal(await throughKey(a, "report", "report", "token.monitor_signal"), (await ownedToken()).id, {
        kind: "failing",
        detail: "401",
      }),
  },
  {
    name: "POST /api/v1/tokens/[id]/signals (read key) → recordMonitorSignal",
    allowed: [],
    call: async (a) =>
      recordMonitorSignal(await throughKey(a, "read", "report", "token.monitor_signal"), (await ownedToken()).id, {
        kind: "failing",
      }),
  },
  // A person signed in on a page has no key: a monitor's signal comes only through the API.
  {
    name: "recordMonitorSignal without a key",
    allowed: [],
    call: (a) => recordMonitorSignal(a, token.id, { kind: "ok" }),
  },
  { name: "Token page → getMonitorFailure", allowed: signedIn, call: (a) => getMonitorFailure(a, token.id) },
  { name: "Home page → listMonitorFailures", allowed: signedIn, call: (a) => listMonitorFailures(a) },
  { name: "API docs page → readApiDocs", allowed: signedIn, call: (a) => readApiDocs(a) },
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
  tableKeyId = (await apiKeyOfOwner()).id;
});

describe.each(rows)("$name", ({ allowed, call }) => {
  it.each(everyone)("as %s", async (who) => {
    const refusalsBefore = await db.auditEvent.count({ where: { action: "authorization.refused" } });
    const before = new Date();
    const strangerRows = (from: Date) =>
      db.auditEvent.count({
        where: {
          action: "authorization.refused",
          actorId: null,
          at: { gt: new Date(from.getTime() - 60_000), lte: before },
        },
      });
    const strangerRowsAtStart = await strangerRows(before);
    // Allowed means the call got past the gate: a result, or a plain domain answer (not found, invalid
    // input, conflict). Anything else is a crash, and fails the row instead of counting as allowed.
    const outcome = await call(actors[who]).then(
      () => "allowed",
      (error: unknown) =>
        error instanceof ForbiddenError || error instanceof UnauthenticatedError
          ? "refused"
          : error instanceof DomainError
            ? "allowed"
            : `crashed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
    );
    expect(outcome).toBe(allowed.includes(who) ? "allowed" : "refused");
    const refusalsAfter = await db.auditEvent.count({ where: { action: "authorization.refused" } });
    const recorded = refusalsAfter - refusalsBefore;
    if (outcome !== "refused") expect(recorded).toBe(0);
    else if (who !== "anonymous" || strangerRowsAtStart < strangerRefusalsPerMinute) expect(recorded).toBe(1);
    // Strangers' refusals are kept up to a limit per minute. The call counted its minute at some moment
    // between the two readings; only when the limit was reached at both is it certain none was kept.
    else if ((await strangerRows(new Date())) >= strangerRefusalsPerMinute) expect(recorded).toBe(0);
    else expect(recorded).toBeLessThanOrEqual(1);
  });
});
