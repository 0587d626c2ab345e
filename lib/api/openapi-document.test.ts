import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi-document";

const apiFolder = path.join(process.cwd(), "app/api/v1");

/** Every route file under app/api/v1 as "METHOD /api/v1/path", read from the code itself. */
async function routesInCode() {
  const files = (await readdir(apiFolder, { recursive: true })).filter((file) => file.endsWith("route.ts"));
  const routes: string[] = [];
  for (const file of files) {
    const source = await readFile(path.join(apiFolder, file), "utf8");
    const address = `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
    for (const [, method] of source.matchAll(/export (?:const|async function|function) (GET|PUT|POST|PATCH|DELETE)\b/g))
      routes.push(`${method} ${address}`);
  }
  return routes.sort();
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(openApiDocument() as never);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it("gives every pattern as JSON Schema reads one, so a client checking values against it accepts a valid tag", () => {
    const patterns = [...JSON.stringify(openApiDocument()).matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map(
      ([, quoted]) => JSON.parse(quoted) as string,
    );
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(pattern, pattern).toMatch(/^\^.*\$$/);
    const tag = patterns.find((pattern) => pattern.includes("\\p{L}"));
    expect(new RegExp(tag!, "u").test("Finance reports-2026_é")).toBe(true);
  });

  it("describes exactly the operations the code serves (besides itself)", async () => {
    const documented = Object.entries(openApiDocument().paths ?? {}).flatMap(([address, item]) =>
      Object.keys(item as object)
        .filter((key) => ["get", "put", "post", "patch", "delete"].includes(key))
        .map((method) => `${method.toUpperCase()} ${address}`),
    );
    expect(documented.sort()).toEqual((await routesInCode()).filter((route) => route !== "GET /api/v1/openapi.json"));
  });

  it("says what every operation can answer, each error in the one error shape", () => {
    for (const item of Object.values(openApiDocument().paths ?? {})) {
      for (const operation of Object.values(
        item as Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>,
      )) {
        const statuses = Object.keys(operation.responses);
        expect(
          statuses.filter((status) => status.startsWith("2")),
          "one success answer: 200, or 201 when something is made",
        ).toHaveLength(1);
        expect(statuses).toEqual(expect.arrayContaining(["401", "429"]));
        for (const [status, response] of Object.entries(operation.responses)) {
          if (!status.startsWith("2"))
            expect(response.content?.["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/Error" });
        }
      }
    }
  });
});
