import Ajv2020 from "ajv/dist/2020.js";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { expect, test } from "./support/fixtures";

type Operation = {
  operationId: string;
  responses: Record<string, { content?: { "application/json"?: { schema: object } } }>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};

const day = (days: number) => addDays(startOfUtcDay(new Date()), days).toISOString().slice(0, 10);

test("the contract: every operation in the served OpenAPI document is called, and its answer matches the document", async ({
  request,
}) => {
  const served = await request.get("/api/v1/openapi.json");
  expect(served.status()).toBe(200);
  const document = (await served.json()) as Document;
  expect(document.openapi).toBe("3.1.0");

  const owner = await createPerson({ role: "editor" });
  const backup = await createPerson({ role: "editor" });
  const token = await createTokenRecord({ ownerId: owner.id, backupId: backup.id, name: `Contract ${Math.random()}` });
  const keys = Object.fromEntries(
    await Promise.all(
      (["write", "report"] as const).map(async (scope) => [
        scope,
        (await createApiKey(owner, { name: `contract-${scope}`, scope, expiresOn: day(30), ownerId: owner.id })).key,
      ]),
    ),
  ) as Record<"write" | "report", string>;

  // What each operation is called with; an operation in the document without an entry here fails the test.
  const calls: Record<string, { key: "write" | "report"; body?: () => Promise<object> }> = {
    listTokens: { key: "write" },
    readToken: { key: "write" },
    updateToken: {
      key: "write",
      body: async () => {
        const current = await (
          await request.get(`/api/v1/tokens/${token.id}`, { headers: { Authorization: `Bearer ${keys.write}` } })
        ).json();
        // What the API answered goes back as it came, with the people as ids and one change.
        return {
          ...current,
          ownerId: current.owner.id,
          backupId: current.backup?.id ?? "none",
          teamId: current.team?.id ?? null,
          purpose: "Checked by the contract test",
          doesNotExpire: !current.expiresOn,
        };
      },
    },
    markRotated: {
      key: "write",
      body: async () => ({ newExpiresOn: day(120), signOffNote: "Contract test: the new one works" }),
    },
    reportCompromised: { key: "report", body: async () => ({ note: "Contract test" }) },
    sendMonitorSignal: {
      key: "report",
      body: async () => ({ kind: "failing", detail: "Contract test: 401 Unauthorized" }),
    },
    markRevoked: { key: "write", body: async () => ({ reason: "Contract test: switched off at the provider" }) },
    createToken: {
      key: "write",
      body: async () => ({
        name: `Contract new ${Math.random()}`,
        service: "HubSpot",
        purpose: "Made by the contract test",
        dependents: ["Weekly report"],
        environment: "production",
        secretLocation: "1Password › Marketing vault",
        ownerId: owner.id,
        backupId: backup.id,
        expiresOn: day(90),
        criticality: "high",
        tags: [],
      }),
    },
    listPeople: { key: "report" },
    listTeams: { key: "report" },
  };

  const ajv = new Ajv2020({ strict: false });
  const called: string[] = [];
  // Order matters only at the end: reporting the token compromised blocks marking it rotated, and
  // marking it revoked comes after the report, as it would in life.
  const last = ["reportCompromised", "markRevoked"];
  const operations = Object.entries(document.paths).flatMap(([address, item]) =>
    Object.entries(item).map(([method, operation]) => ({ address, method, operation })),
  );
  operations.sort((a, b) => last.indexOf(a.operation.operationId) - last.indexOf(b.operation.operationId));
  for (const { address, method, operation } of operations) {
    const call = calls[operation.operationId];
    expect(call, `no call for ${operation.operationId}`).toBeDefined();
    const url = `${address.replace("{id}", token.id)}${address.endsWith("/tokens") ? `?service=HubSpot&limit=5` : ""}`;
    const response = await request.fetch(url, {
      method: method.toUpperCase(),
      headers: { Authorization: `Bearer ${keys[call.key]}` },
      ...(call.body ? { data: await call.body() } : {}),
    });
    const success = Object.keys(operation.responses).find((status) => status.startsWith("2"))!;
    expect(response.status(), `${method} ${address}: ${await response.text()}`).toBe(Number(success));
    const schema = operation.responses[success].content!["application/json"]!.schema;
    // The answer's schema as the root, with the document's components beside it for its "#/components/…" references.
    const validate = ajv.compile({ ...schema, components: document.components });
    expect(validate(await response.json()), `${operation.operationId}: ${JSON.stringify(validate.errors)}`).toBe(true);
    called.push(operation.operationId);
  }
  expect(called.sort()).toEqual(Object.keys(calls).sort());
});
