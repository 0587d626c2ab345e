import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { markRevoked } from "@/lib/incidents/mark-revoked";
import { reportCompromised } from "@/lib/incidents/report-compromised";
import { markRevokedSchema, reportCompromisedSchema } from "@/lib/incidents/schema";
import { recordMonitorSignal } from "@/lib/monitoring/record-monitor-signal";
import { monitorSignalBodySchema, monitorSignalResultSchema } from "@/lib/monitoring/schema";
import { listPeopleForPicker } from "@/lib/people/list-people-for-picker";
import { listTeams } from "@/lib/people/list-people";
import { markRotated } from "@/lib/runs/mark-rotated";
import { finishRotationSchema } from "@/lib/runs/schema";
import { getToken } from "@/lib/tokens/get-token";
import { parseTokenListQuery, tokenListQuerySchema } from "@/lib/tokens/list-query";
import { listTokensByKey, readStatusOf } from "@/lib/tokens/list-tokens-by-key";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import { tokenInputSchema, type TokenInput } from "@/lib/tokens/schema";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";
import { parseInput } from "@/lib/validation/parse-input";
import {
  apiErrorSchema,
  personListSchema,
  teamListSchema,
  tokenJsonSchema,
  tokenPageSchema,
  tokenPathParams,
} from "./api-schemas";
import type { ApiNeed } from "./api-scopes";
import { readJsonBody } from "./read-json-body";
import { tokenJson } from "./token-json";

// Sorting and the page's own paging are the page's; the API pages by key, in id order.
const listFilters = tokenListQuerySchema.omit({ sort: true, dir: true, after: true, before: true, size: true }).shape;
const pageSchema = z.object({
  after: z
    .string()
    .max(64, "Pass back the `next` value of the previous page as `after`.")
    .optional()
    .meta({ description: "The `next` value of the previous page." }),
  limit: z.coerce
    .number("Send limit as a whole number from 1 to 200.")
    .int("Send limit as a whole number from 1 to 200.")
    .min(1, "Send limit as a whole number from 1 to 200.")
    .max(200, "Send limit as a whole number from 1 to 200.")
    .default(50),
});
// Each filter is the page's own schema, lenient (`.catch`, a preprocess for repeated parameters); the
// document describes the value each one accepts, taken from inside it, so the two cannot drift apart.
const acceptedValue = (filter: (typeof listFilters)[keyof typeof listFilters]) =>
  (filter.unwrap() as unknown as z.ZodPipe<z.ZodType, z.ZodOptional>).out;
const documentedFilters = Object.fromEntries(
  Object.entries(listFilters).map(([name, filter]) => [name, acceptedValue(filter)]),
);
/** The list page's filters (unknown values fall back to "no filter", as on the page), plus paging by key. */
export const listTokensQuerySchema = z.object({ ...documentedFilters, ...pageSchema.shape });

type Call = { actor: Actor; request: Request; params: Record<string, string> };

export type ApiOperation = {
  method: "get" | "put" | "post";
  path: string;
  operationId: string;
  summary: string;
  /** More than the summary, in plain words, where an operation needs it. */
  description?: string;
  need: ApiNeed;
  attempted: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** 201 for an operation that makes something; 200 otherwise. */
  success?: 201;
  /** The status codes besides success this operation answers with, for the document. */
  errors: number[];
  handle: (call: Call) => Promise<unknown>;
};

/** JSON's null is a blank field, as in the form: a token read from the API can be sent back as it came. */
const withoutNulls = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));

/** What a call that sends a body about one token can answer besides success. */
const changesOneToken = [400, 401, 403, 404, 409, 413, 422, 429];

const asToken = async (token: TokenWithRelations) => tokenJson(token, await readStatusOf(token));
const idOf = (call: Call) => parseInput(tokenPathParams, call.params).id;

/** Every operation of /api/v1, each one domain function called exactly as the pages call it. */
export const apiOperations = [
  {
    method: "get",
    path: "/tokens",
    operationId: "listTokens",
    summary: "List and search tokens (the token list's filters), paged by key",
    need: "read",
    attempted: "token.list",
    query: listTokensQuerySchema,
    response: tokenPageSchema,
    errors: [401, 403, 422, 429],
    handle: async ({ actor, request }) => {
      const search = new URL(request.url).searchParams;
      const page = parseInput(pageSchema, {
        after: search.get("after") ?? undefined,
        limit: search.get("limit") ?? undefined,
      });
      const { tokens, next } = await listTokensByKey(actor, parseTokenListQuery(search), page);
      return { tokens: tokens.map(({ token, status }) => tokenJson(token, status)), next };
    },
  },
  {
    method: "get",
    path: "/tokens/{id}",
    operationId: "readToken",
    summary: "Read one token",
    need: "read",
    attempted: "token.view",
    params: tokenPathParams,
    response: tokenJsonSchema,
    errors: [401, 403, 404, 429],
    handle: async (call) => asToken((await getToken(call.actor, idOf(call))).token),
  },
  {
    method: "post",
    path: "/tokens",
    operationId: "createToken",
    summary: "Add a token (every field, as the new-token form sends them; null leaves a field blank)",
    need: "write",
    attempted: "token.create",
    body: tokenInputSchema,
    response: tokenJsonSchema,
    success: 201,
    errors: [400, 401, 403, 409, 413, 422, 429],
    handle: async (call) =>
      asToken(await createToken(call.actor, withoutNulls(await readJsonBody(call.request)) as TokenInput)),
  },
  {
    method: "put",
    path: "/tokens/{id}",
    operationId: "updateToken",
    summary:
      "Change a token (every field, as the edit form sends them, with the version read; null leaves a field blank)",
    need: "write",
    attempted: "token.update",
    params: tokenPathParams,
    body: tokenInputSchema,
    response: tokenJsonSchema,
    errors: changesOneToken,
    handle: async (call) =>
      asToken(await updateToken(call.actor, idOf(call), withoutNulls(await readJsonBody(call.request)) as TokenInput)),
  },
  {
    method: "post",
    path: "/tokens/{id}/rotated",
    operationId: "markRotated",
    summary: "Record a finished rotation: the new expiry date and how it was checked",
    need: "write",
    attempted: "token.mark_rotated",
    params: tokenPathParams,
    body: finishRotationSchema,
    response: tokenJsonSchema,
    errors: changesOneToken,
    handle: async (call) =>
      asToken((await markRotated(call.actor, idOf(call), await readJsonBody(call.request))).token),
  },
  {
    method: "post",
    path: "/tokens/{id}/compromised",
    operationId: "reportCompromised",
    summary: "Report a token as compromised: owner, backup and admins are told at once",
    need: "report",
    attempted: "token.report_compromised",
    params: tokenPathParams,
    body: reportCompromisedSchema,
    response: tokenJsonSchema,
    errors: changesOneToken,
    handle: async (call) =>
      asToken((await reportCompromised(call.actor, idOf(call), await readJsonBody(call.request))).token),
  },
  {
    method: "post",
    path: "/tokens/{id}/revoked",
    operationId: "markRevoked",
    summary: "Record that the token was switched off at the provider, and why",
    need: "write",
    attempted: "token.revoke",
    params: tokenPathParams,
    body: markRevokedSchema,
    response: tokenJsonSchema,
    errors: changesOneToken,
    handle: async (call) => asToken(await markRevoked(call.actor, idOf(call), await readJsonBody(call.request))),
  },
  {
    method: "post",
    path: "/tokens/{id}/signals",
    operationId: "sendMonitorSignal",
    summary: "A monitor reports the token failing, or working again",
    description:
      'Send `{"kind": "failing", "detail": "…"}` when a check sees the token fail: the token and the home page show it, and the owner and backup get one email pointing to the runbook\'s “How to check it worked”, however often the signal repeats. `{"kind": "ok"}` clears it. Uptime Kuma\'s webhook (down → failing, up → ok) and Grafana\'s webhook (firing or alerting → failing, resolved or ok → ok) are accepted unchanged; other states and test messages are answered and ignored.',
    need: "report",
    attempted: "token.monitor_signal",
    params: tokenPathParams,
    body: monitorSignalBodySchema,
    response: monitorSignalResultSchema,
    errors: changesOneToken,
    handle: async (call) => recordMonitorSignal(call.actor, idOf(call), await readJsonBody(call.request)),
  },
  {
    method: "get",
    path: "/people",
    operationId: "listPeople",
    summary: "Everyone in Tokenbook, for naming owners and backups by id",
    need: "read",
    attempted: "person.list_for_picker",
    response: personListSchema,
    errors: [401, 403, 429],
    handle: async ({ actor }) => ({ people: await listPeopleForPicker(actor) }),
  },
  {
    method: "get",
    path: "/teams",
    operationId: "listTeams",
    summary: "The teams, for filing tokens by id",
    need: "read",
    attempted: "team.list",
    response: teamListSchema,
    errors: [401, 403, 429],
    handle: async ({ actor }) => ({ teams: await listTeams(actor) }),
  },
] as const satisfies ApiOperation[];

export type ApiOperationId = (typeof apiOperations)[number]["operationId"];

export { apiErrorSchema };
