import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { readSpreadsheetFile } from "@/lib/import/read-spreadsheet-file";
import { createPerson, createTokenRecord } from "@/prisma/factories";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ currentActor: async () => signedIn.actor }));

const { GET } = await import("./route");
const download = (query = "") => GET(new Request(`http://tokenbook.test/api/tokens/export/xlsx${query}`));

describe("GET /api/tokens/export/xlsx", () => {
  beforeEach(() => {
    signedIn.actor = null;
  });

  it("asks strangers to sign in, in plain text", async () => {
    const response = await download();
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Please sign in to download the token list.");
  });

  it("sends a viewer the filtered list as a dated Excel workbook", async () => {
    const person = await createPerson({ role: "viewer" });
    signedIn.actor = { id: person.id, email: person.email, name: person.name, role: person.role };
    await createTokenRecord({ name: "Workbook export probe", service: "Plausible" });
    await createTokenRecord({ name: "Left out", service: "Stripe" });
    const response = await download("?service=plausible");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tokenbook-tokens-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const { table } = await readSpreadsheetFile({
      name: "list.xlsx",
      bytes: new Uint8Array(await response.arrayBuffer()),
    });
    expect(table.headers.slice(0, 4)).toEqual(["Name", "Service", "Environment", "Status"]);
    expect(table.rows.map((row) => row.cells[0])).toEqual(["Workbook export probe"]);
  });
});
