// Rows for API keys and the /api/v1 routes, each called through a key of a given scope.
import { markRevoked } from "@/lib/incidents/mark-revoked";
import { reportCompromised } from "@/lib/incidents/report-compromised";
import { listTeams } from "@/lib/people/list-people";
import { listPeopleForPicker } from "@/lib/people/list-people-for-picker";
import { getToken } from "@/lib/tokens/get-token";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { listTokensByKey } from "@/lib/tokens/list-tokens-by-key";
import { markRotated } from "@/lib/runs/mark-rotated";
import { getMonitorFailure, listMonitorFailures } from "@/lib/monitoring/list-monitor-failures";
import { recordMonitorSignal } from "@/lib/monitoring/record-monitor-signal";
import { readApiDocs } from "@/lib/api/api-docs";
import {
  apiKeyOfOwner,
  editors,
  given,
  nextMonth,
  ownedToken,
  ownersAndAdmins,
  type Row,
  signedIn,
  throughKey,
  tokenInput,
} from "./world";

export const apiRows: Row[] = [
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
    call: async (a) => getToken(await throughKey(a, "report", "read", "token.view"), given.token.id),
  },
  {
    name: "PUT /api/v1/tokens/[id] → updateToken",
    allowed: ownersAndAdmins,
    call: async (a) => updateToken(await throughKey(a, "write", "write", "token.update"), given.token.id, tokenInput()),
  },
  {
    name: "PUT /api/v1/tokens/[id] (read key) → updateToken",
    allowed: [],
    call: async (a) => updateToken(await throughKey(a, "read", "write", "token.update"), given.token.id, tokenInput()),
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
    call: (a) => recordMonitorSignal(a, given.token.id, { kind: "ok" }),
  },
  { name: "Token page → getMonitorFailure", allowed: signedIn, call: (a) => getMonitorFailure(a, given.token.id) },
  { name: "Home page → listMonitorFailures", allowed: signedIn, call: (a) => listMonitorFailures(a) },
  { name: "API docs page → readApiDocs", allowed: signedIn, call: (a) => readApiDocs(a) },
];
