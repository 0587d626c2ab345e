import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPerson } from "@/prisma/factories";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ currentActor: async () => signedIn.actor }));

const { GET } = await import("./route");
const download = (query = "") => GET(new Request(`http://tokenbook.test/api/audit/export${query}`));
const signInAs = async (role: Actor["role"]) => {
  const person = await createPerson({ role });
  signedIn.actor = { id: person.id, email: person.email, name: person.name, role: person.role };
};

describe("GET /api/audit/export", () => {
  beforeEach(() => {
    signedIn.actor = null;
  });

  it("asks strangers to sign in", async () => {
    const response = await download();
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("refuses people who are not admins", async () => {
    await signInAs("editor");
    const response = await download();
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("You don't have permission to do that.");
  });

  it("answers bad filters with a plain message", async () => {
    await signInAs("admin");
    const response = await download("?from=2026-13-01");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("“From” date");
  });

  it("sends admins a dated CSV file", async () => {
    await signInAs("admin");
    const response = await download("?action=audit.exported");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tokenbook-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(await response.text()).toContain(",audit.exported,Downloaded the audit log,");
  });
});
