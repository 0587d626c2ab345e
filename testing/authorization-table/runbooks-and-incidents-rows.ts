// Rows for runbooks, runs, incidents, automation hooks and one's own name.
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
import { createTokenRecord } from "@/prisma/factories";
import {
  editors,
  given,
  ownedToken,
  ownedTokenWithRunbook,
  ownersAndAdmins,
  practiceRun,
  type Row,
  runbookSteps,
  signedIn,
} from "./world";

export const runbooksAndIncidentsRows: Row[] = [
  // Runbooks, runs and incidents: each allowed call that changes something gets a fresh token (or run) of "editor
  // (owner)".
  { name: "Runbook page → getRunbook", allowed: signedIn, call: (a) => getRunbook(a, given.token.id) },
  { name: "Token page → getRunbookStatus", allowed: signedIn, call: (a) => getRunbookStatus(a, given.token.id) },
  { name: "Runbook page → listRunbookTemplates", allowed: signedIn, call: (a) => listRunbookTemplates(a) },
  { name: "Run page → getActiveRun", allowed: signedIn, call: (a) => getActiveRun(a, given.token.id) },
  { name: "Runbook page → listPastRuns", allowed: signedIn, call: (a) => listPastRuns(a, given.token.id) },
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
      await setAutomationHook(given.actors.admin, token.id, { url: "https://ci.example.com/hooks/rotate" });
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
        (await createTokenRecord({ ownerId: given.actors["editor (owner)"]!.id, problemReportedAt: new Date() })).id,
      ),
  },
];
