import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { listTokens } from "@/lib/tokens/list-tokens";
import { createPerson, createTokenRecord } from "@/prisma/factories";
import { builtInTemplateId, builtInTemplates } from "./built-in-templates";
import { getRunbook } from "./get-runbook";
import { listRunbookTemplates } from "./list-templates";
import { saveRunbookAsTemplate } from "./save-as-template";
import { saveRunbook, startRunbookFromTemplate } from "./save-runbook";
import type { RunbookSteps } from "./schema";

let owner: Actor;
let viewer: Actor;

const steps = (overrides: Partial<RunbookSteps> = {}): RunbookSteps => ({
  generateSteps: ["Open the console", "Create a key"],
  replaceSteps: ["Put it in the vault"],
  verifySteps: ["Refresh the report"],
  rollbackSteps: ["Put the old key back"],
  ...overrides,
});

beforeAll(async () => {
  [owner, viewer] = await Promise.all([
    createPerson({ role: "editor", name: "Olive Owner" }),
    createPerson({ role: "viewer" }),
  ]);
});

describe("runbooks", () => {
  it("has at least four built-in templates, each with steps in every section", () => {
    expect(builtInTemplates.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "API key in a SaaS admin console",
        "OAuth app connection",
        "Service-account key file",
        "Personal access token",
      ]),
    );
    for (const template of builtInTemplates) {
      for (const section of [
        template.generateSteps,
        template.replaceSteps,
        template.verifySteps,
        template.rollbackSteps,
      ])
        expect(section.length).toBeGreaterThan(0);
    }
  });

  it("starts a runbook from a template, filled in with the token's service and console link, and audits it", async () => {
    const token = await createTokenRecord({
      ownerId: owner.id,
      service: "HubSpot",
      consoleUrl: "https://app.hubspot.com/keys",
    });
    await startRunbookFromTemplate(owner, token.id, builtInTemplateId("saas-api-key"));
    const { runbook } = await getRunbook(viewer, token.id);
    expect(runbook?.templateName).toBe("API key in a SaaS admin console");
    expect(runbook?.generateSteps[0]).toContain("Sign in to HubSpot");
    expect(runbook?.generateSteps[0]).toContain("[the HubSpot console](<https://app.hubspot.com/keys>)");
    expect(JSON.stringify(runbook)).not.toContain("{{");
    await expect(startRunbookFromTemplate(owner, token.id, builtInTemplateId("saas-api-key"))).rejects.toThrow(
      ConflictError,
    );
    expect(
      await db.auditEvent.count({ where: { recordId: token.id, action: "runbook.created", actorId: owner.id } }),
    ).toBe(1);
  });

  it("saves edited steps with before and after in the audit log", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    const first = await saveRunbook(owner, token.id, steps(), "");
    await saveRunbook(
      owner,
      token.id,
      steps({ verifySteps: ["Refresh the report", "Check the numbers"] }),
      first.updatedAt.toISOString(),
    );
    const event = await db.auditEvent.findFirstOrThrow({ where: { recordId: token.id, action: "runbook.updated" } });
    expect(event.after).toMatchObject({ verifySteps: ["Refresh the report", "Check the numbers"] });
    expect(event.before).toMatchObject({ verifySteps: ["Refresh the report"] });
  });

  it("refuses a step holding a secret, names the step, and saves nothing", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    const leaky = steps({
      replaceSteps: [
        "Put it in the vault",
        `Paste xoxb-${"1234567890".repeat(2)}-abcdefghijklmnopqrstuvwx into Zapier`,
      ],
    });
    const error = await saveRunbook(owner, token.id, leaky, "").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fields["replaceSteps.1"]).toMatch(/looks like it contains the secret itself/);
    expect(await db.runbook.count({ where: { tokenId: token.id } })).toBe(0);
  });

  it("refuses a step that shows nothing (only zero-width or other invisible characters) like an empty one", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    const blank = steps({ replaceSteps: ["Put it in the vault", "\u200b\u200d\ufeff \u2060"] });
    const error = (await saveRunbook(owner, token.id, blank, "").catch((e: unknown) => e)) as InvalidInputError;
    expect(error.fields["replaceSteps.1"]).toBe("Write this step, or remove it.");
    expect(await db.runbook.count({ where: { tokenId: token.id } })).toBe(0);
  });

  it("saves a step without bidi overrides, which would show its words backwards in the run-through", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    await saveRunbook(owner, token.id, steps({ replaceSteps: ["Copy \u202edesrever\u202c the key", "Done"] }), "");
    const saved = await db.runbook.findUniqueOrThrow({ where: { tokenId: token.id } });
    expect(JSON.stringify(saved)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.stringify(saved)).toContain("Copy desrever the key");
  });

  it("refuses an empty section with a plain message", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    const error = (await saveRunbook(owner, token.id, steps({ rollbackSteps: [] }), "").catch(
      (e: unknown) => e,
    )) as InvalidInputError;
    expect(error.fields.rollbackSteps).toBe("Add at least one step to “How to roll back if it didn't work”.");
  });

  it("saves a runbook as a template that others can start from; names stay unique", async () => {
    const token = await createTokenRecord({ ownerId: owner.id });
    await saveRunbook(owner, token.id, steps(), "");
    const name = `Zendesk key ${Math.random().toString(36).slice(2, 7)}`;
    await saveRunbookAsTemplate(owner, token.id, { name, description: "For Zendesk" });
    const templates = await listRunbookTemplates(viewer);
    expect(templates.find((t) => t.name === name)).toMatchObject({
      builtIn: false,
      generateSteps: ["Open the console", "Create a key"],
    });
    await expect(saveRunbookAsTemplate(owner, token.id, { name })).rejects.toThrow(/already a template called/);
    await expect(saveRunbookAsTemplate(owner, token.id, { name: "Personal access token" })).rejects.toThrow(
      /already a template called/,
    );
  });

  it("lists tokens whose runbook is missing, never tested, or not tested for 180 days", async () => {
    const now = new Date("2026-12-01T09:00:00Z");
    const service = `Filter ${Math.random().toString(36).slice(2, 7)}`;
    const make = async (name: string, runbookTestedAt: Date | null, withRunbook = true) => {
      const token = await createTokenRecord({ ownerId: owner.id, service, name, runbookTestedAt });
      if (withRunbook) await saveRunbook(owner, token.id, steps(), "");
    };
    await make("none", null, false);
    await make("never", null);
    await make("stale", new Date("2026-05-01T00:00:00Z"));
    await make("recent", new Date("2026-10-01T00:00:00Z"));
    const names = async (runbook: "missing" | "untested") =>
      (await listTokens(viewer, { service, runbook }, now)).rows.map((row) => row.name).sort();
    expect(await names("missing")).toEqual(["none"]);
    expect(await names("untested")).toEqual(["never", "stale"]);
  });
});

describe("two people editing one runbook", () => {
  it("a save from an editor opened before someone else's save is refused with who changed it; nothing is overwritten", async () => {
    const owner = await createPerson({ role: "editor", name: "Rita Runbook" });
    const token = await createTokenRecord({ ownerId: owner.id });
    const first = await saveRunbook(
      owner,
      token.id,
      { generateSteps: ["A"], replaceSteps: ["B"], verifySteps: ["C"], rollbackSteps: ["D"] },
      "",
    );
    const opened = first.updatedAt.toISOString();
    await saveRunbook(
      owner,
      token.id,
      { generateSteps: ["A2"], replaceSteps: ["B"], verifySteps: ["C"], rollbackSteps: ["D"] },
      opened,
    );
    const stale = saveRunbook(
      owner,
      token.id,
      { generateSteps: ["A3"], replaceSteps: ["B"], verifySteps: ["C"], rollbackSteps: ["D"] },
      opened,
    );
    await expect(stale).rejects.toThrow(/Rita Runbook changed this runbook/);
    expect((await getRunbook(owner, token.id)).runbook?.generateSteps).toEqual(["A2"]);
  });

  it("an editor opened before the first runbook was written, or a save without a version, is refused", async () => {
    const owner = await createPerson({ role: "editor", name: "Rob Runbook" });
    const token = await createTokenRecord({ ownerId: owner.id });
    await saveRunbook(
      owner,
      token.id,
      { generateSteps: ["A"], replaceSteps: ["B"], verifySteps: ["C"], rollbackSteps: ["D"] },
      "",
    );
    await expect(
      saveRunbook(
        owner,
        token.id,
        { generateSteps: ["X"], replaceSteps: ["B"], verifySteps: ["C"], rollbackSteps: ["D"] },
        "",
      ),
    ).rejects.toThrow(/Rob Runbook changed this runbook/);
    await expect(
      saveRunbook(
        owner,
        token.id,
        { generateSteps: ["X"], replaceSteps: ["B"], verifySteps: ["C"], rollbackSteps: ["D"] },
        undefined as unknown as string,
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect((await getRunbook(owner, token.id)).runbook?.generateSteps).toEqual(["A"]);
  });
});
