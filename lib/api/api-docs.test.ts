import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { describeApi } from "./api-docs";
import type { JsonSchema } from "./example-from-schema";
import { openApiDocument } from "./openapi-document";

type Operation = {
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, { content?: { "application/json"?: { schema: JsonSchema } } }>;
};
const document = openApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
};
const ajv = new Ajv2020({ strict: false });
const validates = (schema: JsonSchema, value: unknown) => {
  const validate = ajv.compile({ ...schema, components: document.components });
  return validate(value) || JSON.stringify(validate.errors);
};

describe("the API docs page's content", () => {
  const operations = describeApi();

  it("has every operation of the OpenAPI document, with its method, address, scope and plain words", () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.map((operation) => `${operation.method} ${operation.path}`).sort()).toEqual(documented.sort());
    for (const operation of operations) {
      expect(operation.summary.length, operation.id).toBeGreaterThan(10);
      expect(["read", "write", "report"]).toContain(operation.scope);
      expect(operation.description).not.toMatch(/Needs a key/);
      expect(operation.errors.map((error) => error.status)).toEqual(expect.arrayContaining(["401", "429"]));
    }
  });

  it("shows examples the document itself accepts: each request body and each answer", () => {
    for (const operation of operations) {
      const described = document.paths[operation.path][operation.method.toLowerCase()];
      expect(
        validates(
          described.responses[operation.success.status].content!["application/json"]!.schema,
          operation.success.body,
        ),
        `${operation.id} answer`,
      ).toBe(true);
      const body = described.requestBody?.content["application/json"].schema;
      for (const request of operation.requests)
        expect(validates(body!, request.body), `${operation.id} ${request.label}`).toBe(true);
    }
  });

  it("shows the monitor signal with Tokenbook's, Uptime Kuma's and Grafana's bodies", () => {
    const signals = operations.find((operation) => operation.id === "sendMonitorSignal")!;
    expect(signals).toMatchObject({ method: "POST", path: "/api/v1/tokens/{id}/signals", scope: "report" });
    expect(signals.requests.map((request) => request.label)).toEqual([
      expect.stringContaining("Tokenbook"),
      expect.stringContaining("Uptime Kuma"),
      expect.stringContaining("Grafana"),
    ]);
    expect(signals.requests[1].body).toMatchObject({ heartbeat: { status: 0 } });
    expect(signals.requests[2].body).toMatchObject({ status: "firing" });
  });
});
