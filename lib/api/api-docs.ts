import type { Actor } from "@/lib/auth/actor";
import { authorize, isSignedIn } from "@/lib/auth/authorize";
import { type Components, exampleFromSchema, type JsonSchema, resolveSchema } from "./example-from-schema";
import { openApiDocument } from "./openapi-document";

type Parameter = { name: string; in: "path" | "query"; required?: boolean; description?: string; schema: JsonSchema };
type Response = { description: string; content?: { "application/json"?: { schema: JsonSchema } } };
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  "x-tokenbook-scope": string;
  parameters?: Parameter[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, Response>;
};

export type DocumentedOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scope: string;
  parameters: { name: string; where: "path" | "query"; required: boolean; description: string; accepts: string }[];
  requests: { label: string; body: unknown }[];
  success: { status: string; body: unknown };
  errors: { status: string; words: string }[];
};

const scopeNote = /\n*Needs a key with the [^.]+ scope\.$/;

function accepts(schema: JsonSchema) {
  if (schema.enum) return `one of ${schema.enum.map((value) => `“${String(value)}”`).join(", ")}`;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  return type === "integer" || type === "number" ? "a number" : "text";
}

/** Each way a body may be sent: Tokenbook's own, and each outside payload it also understands. */
function requestExamples(schema: JsonSchema | undefined, components: Components) {
  if (!schema) return [];
  const options = resolveSchema(schema, components).anyOf;
  if (!options) return [{ label: "Body", body: exampleFromSchema(schema, components) }];
  return options.map((option) => ({
    label: resolveSchema(option, components).description ?? "Body",
    body: exampleFromSchema(option, components),
  }));
}

/** The API's operations in plain words with examples, read from the served OpenAPI document itself. */
export function describeApi(): DocumentedOperation[] {
  const document = openApiDocument() as unknown as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Components };
  };
  const components = document.components.schemas;
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const [successStatus, success] = Object.entries(operation.responses).find(([status]) => status.startsWith("2"))!;
      return {
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        summary: operation.summary,
        description: (operation.description ?? "").replace(scopeNote, ""),
        scope: operation["x-tokenbook-scope"],
        parameters: (operation.parameters ?? []).map((parameter) => ({
          name: parameter.name,
          where: parameter.in,
          required: Boolean(parameter.required),
          description: parameter.description ?? parameter.schema.description ?? "",
          accepts: accepts(parameter.schema),
        })),
        requests: requestExamples(operation.requestBody?.content["application/json"].schema, components),
        success: {
          status: successStatus,
          body: exampleFromSchema(success.content!["application/json"]!.schema, components),
        },
        errors: Object.entries(operation.responses)
          .filter(([status]) => !status.startsWith("2"))
          .map(([status, response]) => ({ status, words: response.description })),
      };
    }),
  );
}

/** The docs page is for anyone signed in: it says what the API does, never anything stored. */
export async function readApiDocs(actor: Actor | null) {
  await authorize(actor, "api_docs.view", isSignedIn);
  return describeApi();
}
