import { describe, expect, it } from "vitest";
import { describeAuditAction } from "./describe-audit-action";
import { describeChanges, jsonAsText } from "./describe-changes";

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
  it("lists only the fields that differ, treating missing and null alike", () => {
    expect(describeChanges({ name: "Ada", role: "viewer", teamId: null }, { name: "Ada", role: "admin" })).toEqual([
      { field: "role", before: "viewer", after: "admin" },
    ]);
  });

  it("shows a created record's fields against nothing", () => {
    expect(describeChanges(null, { active: true, tags: ["a"] })).toEqual([
      { field: "active", before: "(empty)", after: "true" },
      { field: "tags", before: "(empty)", after: '["a"]' },
    ]);
  });

  it("compares values that are not objects as one value", () => {
    expect(describeChanges(1, 2)).toEqual([{ field: "value", before: "1", after: "2" }]);
    expect(describeChanges([1], [1])).toEqual([]);
  });

  it("keeps markup as text and shortens long values", () => {
    expect(jsonAsText("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(jsonAsText("x".repeat(400))).toHaveLength(301);
  });
});
