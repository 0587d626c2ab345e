import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPerson, createTokenRecord } from "@/prisma/factories";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ currentActor: async () => signedIn.actor }));

const { GET } = await import("./route");
const download = (query = "") => GET(new Request(`http://tokenbook.test/api/tokens/export${query}`));

describe("GET /api/tokens/export", () => {
  beforeEach(() => {
    signedIn.actor = null;
  });

  it("asks strangers to sign in, in plain text", async () => {
    const response = await download();
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("Please sign in to download the token list.");
  });

  it("sends a viewer the filtered list as a dated CSV attachment", async () => {
    const person = await createPerson({ role: "viewer" });
    signedIn.actor = { id: person.id, email: person.email, name: person.name, role: person.role };
    await createTokenRecord({ name: "Route export probe", service: "Plausible" });
    await createTokenRecord({ name: "Left out", service: "Stripe" });
    const response = await download("?service=plausible&page=7");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tokenbook-tokens-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    expect(text).toContain("Route export probe,Plausible,Production,");
    expect(text).not.toContain("Left out");
  });
});
