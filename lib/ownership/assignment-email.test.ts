import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createToken, updateToken } from "@/lib/tokens/save-token";
import type { TokenInput } from "@/lib/tokens/schema";
import { createPerson } from "@/prisma/factories";
import { assignmentSubject, renderAssignmentEmail } from "./assignment-email";

const facts = (name: string) => ({
  id: name,
  name,
  service: "HubSpot",
  purpose: "Weekly report",
  expiresOn: new Date("2026-12-12T00:00:00Z"),
});
let editor: Actor;

const input = (overrides: Partial<TokenInput>): TokenInput => ({
  name: `Key ${Math.random().toString(36).slice(2, 8)}`,
  service: "HubSpot",
  purpose: "Pulls campaign numbers into the Monday report",
  environment: "production",
  secretLocation: "1Password › Marketing vault",
  expiresOn: "2027-03-01",
  criticality: "high",
  ownerId: editor.id,
  backupId: "none",
  ...overrides,
});
const mailTo = (email: string) =>
  db.outboxMessage.findMany({ where: { to: email, kind: "ownership" }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  editor = await createPerson({ role: "editor", name: "Eve Editor" });
});

describe("the email to a new owner or backup", () => {
  it("has a subject in plain words for one, many, and both roles", () => {
    expect(assignmentSubject([facts("HubSpot key")], [])).toBe("You are now the owner of “HubSpot key”");
    expect(
      assignmentSubject(
        [],
        Array.from({ length: 10 }, (_, i) => facts(`k${i}`)),
      ),
    ).toBe("You are now the backup for 10 tokens");
    expect(assignmentSubject([facts("a")], [facts("b"), facts("c")])).toBe(
      "You now own 1 token and are the backup for 2 tokens",
    );
  });

  it("says which token, what it does, when it expires, and links to it, in text and HTML", () => {
    const mail = renderAssignmentEmail(
      { name: "Bo", email: "bo@example.test" },
      "Ada Admin",
      [],
      [facts("HubSpot key")],
      new Date("2026-12-05T09:00:00Z"),
    );
    expect(mail.text).toContain(
      "HubSpot key (HubSpot)\nWhat it does: Weekly report\nExpires: 12 Dec 2026 (in 7 days)\nOpen it: http",
    );
    expect(mail.text).toContain("/tokens/HubSpot key");
    expect(mail.html).toContain("Expires: 12 Dec 2026 (in 7 days)");
    expect(mail.html).toContain("Open the token");
  });
});

describe("creating and editing a token tells the people it names", () => {
  it("emails the backup on create, a new owner on edit, and never the person who made the change", async () => {
    const [bo, olga] = await Promise.all([
      createPerson({ name: "Bo", role: "editor" }),
      createPerson({ name: "Olga", role: "editor" }),
    ]);
    const token = await createToken(editor, input({ backupId: bo.id }));
    expect((await mailTo(bo.email)).map((m) => m.subject)).toEqual([`You are now the backup for “${token.name}”`]);
    expect(await mailTo(editor.email)).toEqual([]);

    await updateToken(
      editor,
      token.id,
      input({ name: token.name, version: token.updatedAt.toISOString(), backupId: bo.id, ownerId: olga.id }),
    );
    expect((await mailTo(olga.email)).map((m) => m.subject)).toEqual([`You are now the owner of “${token.name}”`]);
    expect(await mailTo(bo.email)).toHaveLength(1);
  });
});
