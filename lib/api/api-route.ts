import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { UnauthenticatedError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { apiErrorResponse, apiJson } from "./api-error";
import { requireScope } from "./api-scopes";
import { countApiCall } from "./rate-limit";
import { type ApiOperation, type ApiOperationId, apiOperations } from "./token-operations";

type Params = Record<string, string>;

const bearerKey = (request: Request) => /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];

/**
 * Every /api/v1 operation: the key from `Authorization: Bearer tkb_…` becomes its owner as actor
 * (checked fresh on every call), the call is counted against the key's limit, the scope is checked
 * (refusals audited), then one domain function runs, exactly as a page's action would call it.
 */
export function apiRoute(operationId: ApiOperationId) {
  const operation: ApiOperation = apiOperations.find((candidate) => candidate.operationId === operationId)!;
  const { need, attempted, handle } = operation;
  return async (request: Request, context: { params: Promise<Params> }) => {
    try {
      const key = bearerKey(request);
      if (!key)
        throw new UnauthenticatedError("Send your API key in the Authorization header: “Authorization: Bearer tkb_…”.");
      const actor = await authenticateApiKey(key, {
        ipAddress: clientAddress(request.headers),
        userAgent: request.headers.get("user-agent"),
      });
      await countApiCall(actor.apiKey!.id);
      await requireScope(actor, need, attempted);
      return apiJson(await handle({ actor, request, params: await context.params }), operation.success ?? 200);
    } catch (error) {
      return apiErrorResponse(error);
    }
  };
}
