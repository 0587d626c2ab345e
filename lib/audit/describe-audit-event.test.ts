import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldLabel, noAuditNames, type AuditNames } from "./audit-field-words";
import { describeAuditAction } from "./describe-audit-action";
import { describeChanges } from "./describe-changes";
import { describeStepChanges } from "./describe-step-changes";

const names: AuditNames = {
  ...noAuditNames,
  people: new Map([
    ["finn@example.test", "Finn Larsen"],
    ["bo@example.test", "Bo Berg"],
    ["ada@example.test", "Ada Lind"],
  ]),
  teams: new Map([["ckteam0000000000000000001", "Marketing"]]),
};
const texts = (before: unknown, after: unknown) => describeChanges(before, after, names).map((change) => change.text);

// What a person must never read on the history or audit pages.
const fieldKey = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const cuidLike = /\bc[a-z0-9]{20,}\b/;
const jsonLike = /[{}[\]]|":/;

describe("describeAuditAction", () => {
  it("uses plain words for known actions and still reads well for new ones", () => {
    expect(describeAuditAction("person.invited")).toBe("Invited a person");
    expect(describeAuditAction("authorization.refused")).toBe("Was refused access");
    expect(describeAuditAction("token.owner_changed")).toBe("Token: owner changed");
    expect(describeAuditAction("startup")).toBe("Startup");
    expect(describeAuditAction("person.")).toBe("Everything about people");
  });
});

describe("describeChanges", () => {
  it("says each changed field in a sentence, with dates as dates and people by name", () => {
    const before = { name: "HubSpot", expiresOn: "2026-12-12", backup: "ada@example.test", teamId: null };
    const after = {
      name: "HubSpot",
      expiresOn: "2027-03-12",
      backup: "bo@example.test",
      teamId: "ckteam0000000000000000001",
    };
    expect(texts(before, after)).toEqual([
      "Expiry date changed from 12 Dec 2026 to 12 Mar 2027",
      "Backup changed from Ada Lind to Bo Berg",
      "Team set to Marketing",
    ]);
    expect(texts({ backup: "ada@example.test" }, { backup: null })).toEqual(["Backup removed (was Ada Lind)"]);
    // A searched-for date that does not exist is kept as typed, never an error.
    expect(texts(null, { from: "2026-02-30" })).toEqual(["From: 2026-02-30"]);
  });

  it("shows a person's own email as the address, never as their name", () => {
    expect(texts(null, { name: "Finn Larsen", email: "finn@example.test" })).toEqual([
      "Name: Finn Larsen",
      "Email: finn@example.test",
    ]);
    expect(texts({ email: "finn@example.test" }, { email: "bo@example.test" })).toEqual([
      "Email changed from finn@example.test to bo@example.test",
    ]);
  });

  it("shows a moment in the organisation's zone with its name, and a date as the same date in any zone", () => {
    const california = { ...names, timeZone: "America/Los_Angeles" };
    const inCalifornia = (before: unknown, after: unknown) =>
      describeChanges(before, after, california).map((change) => change.text);
    expect(
      inCalifornia(
        { revokedAt: null, expiresOn: "2026-12-12" },
        { revokedAt: "2026-12-12T03:30:00.000Z", expiresOn: "2026-12-13" },
      ),
    ).toEqual([
      expect.stringMatching(/11 Dec 2026, 19:30 America\/Los_Angeles$/),
      "Expiry date changed from 12 Dec 2026 to 13 Dec 2026",
    ]);
  });

  it("lists the facts of a row with one side only, and leaves ids out", () => {
    expect(
      texts(null, { run: "cm9x2abcdefghijklmnopqrs", kind: "emergency", reason: "Broke the sync", stepsDone: 2 }),
    ).toEqual(["Kind of run: emergency replacement", "Reason: Broke the sync", "Steps ticked: 2"]);
    expect(texts({ name: "Ops", members: 3 }, undefined)).toEqual(["Name: Ops", "Members: 3"]);
  });

  it("names a runbook change 'steps edited' with a readable difference", () => {
    const [change] = describeChanges(
      { generateSteps: ["Open the [console](https://app.example)", "Click **New key**"] },
      { generateSteps: ["Open the [console](https://app.example)", "Click **Create key**", "Copy it into 1Password"] },
      names,
    );
    expect(change.text).toBe("Steps edited in “How to make a new one”");
    expect(change.details).toEqual([
      "Step 2 changed from “Click New key” to “Click Create key”",
      "Step 3 added: “Copy it into 1Password”",
    ]);
    expect(describeStepChanges(["a", "b", "c"], ["a", "c"])).toEqual(["Removed: “b”"]);
    expect(texts(null, { generateSteps: ["Open **it**", "Copy"], templateName: "OAuth app connection" })).toEqual([
      "“How to make a new one”: 2 steps",
      "Runbook template: OAuth app connection",
    ]);
  });

  it("reads unknown fields as words", () => {
    expect(fieldLabel("lastCheckedAt")).toBe("Last checked at");
    expect(fieldLabel("snake_case_field")).toBe("Snake case field");
  });

  it("names a person it cannot find by id as someone who left, never by the id", () => {
    expect(texts({ owner: "cm9x2abcdefghijklmnopqrs" }, { owner: "finn@example.test" })).toEqual([
      "Owner changed from a person no longer in Tokenbook to Finn Larsen",
    ]);
    expect(texts(null, { mail: { to: "cm9x2abcdefghijklmnopqrs" } })).toEqual([
      "Mail: to a person no longer in Tokenbook",
    ]);
  });

  it("never shows a field key, a cuid or JSON, whatever the row holds", () => {
    const key = fc.stringMatching(/^[a-z]{1,8}([A-Z][a-z]{1,8}){0,2}$/);
    const scalar = fc.constantFrom(
      "HubSpot",
      "Finn",
      "finn@example.test",
      "2026-12-12",
      "2026-02-30",
      "2027-01-01T99:00:00.000Z",
      "2027-01-01T10:00:00.000Z",
      "cm9x2abcdefghijklmnopqrs",
      3,
      true,
      null,
    );
    const value = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }),
      fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value), fc.option(fc.dictionary(key, value)), (before, after) => {
        for (const change of describeChanges(before, after, names)) {
          expect(change.text).not.toMatch(fieldKey);
          expect(change.text).not.toMatch(cuidLike);
          expect(change.text).not.toMatch(jsonLike);
        }
      }),
    );
  });
});
