import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { appVersion } from "@/lib/version";
import { type ApiOperation, apiErrorSchema, apiOperations } from "./token-operations";

const errorWords: Record<number, string> = {
  400: "The body is not valid JSON.",
  401: "No key, or the key is mistyped, revoked, expired, or its owner was deactivated.",
  403: "The key's scope or its owner's role does not allow this.",
  404: "No such token.",
  409: "Changed since you read it (send the current version), or the token's state does not allow this.",
  413: "The body is larger than 64 KB.",
  422: "A value needs fixing; `field` names it.",
  429: "Too many calls with this key; wait for Retry-After seconds.",
};

const json = (schema: unknown) => ({ "application/json": { schema } }) as never;

/** The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas and operations the routes run. */
export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key made on your Profile page: `Authorization: Bearer tkb_…`.",
  });
  for (const operation of apiOperations) {
    registry.registerPath({
      method: operation.method,
      path: `/api/v1${operation.path}`,
      operationId: operation.operationId,
      summary: operation.summary,
      description: [
        (operation as ApiOperation).description,
        `Needs a key with the ${operation.need === "read" ? "read (or any)" : operation.need} scope.`,
      ]
        .filter(Boolean)
        .join("\n\n"),
      security: [{ [bearer.name]: [] }],
      // The scope a key needs, for the readable docs page (/api-docs) built from this document.
      "x-tokenbook-scope": operation.need,
      request: {
        ...("query" in operation ? { query: operation.query } : {}),
        ...("params" in operation ? { params: operation.params } : {}),
        ...("body" in operation ? { body: { required: true, content: json(operation.body) } } : {}),
      },
      responses: {
        [(operation as ApiOperation).success ?? 200]: {
          description: (operation as ApiOperation).success === 201 ? "Made." : "Done.",
          content: json(operation.response),
        },
        ...Object.fromEntries(
          operation.errors.map((status) => [
            status,
            { description: errorWords[status], content: json(apiErrorSchema) },
          ]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Tokenbook API",
      version: appVersion,
      description:
        "Automation and monitors report into Tokenbook. Tokenbook never holds a secret: send where a secret lives, never the secret.",
    },
  });
}
