import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar-day";
import { cellTokenListHref, parseCellAddress } from "./cell-address";
import { cellHref } from "./cell-links";

const week = {
  start: new Date("2026-11-30T00:00:00Z"),
  end: addDays(new Date("2026-11-30T00:00:00Z"), 7),
  label: "",
  title: "",
};
const segments = (href: string) => href.split("/").slice(2);

describe("a busy cell's short link", () => {
  it("forwards to the token list of exactly its lane and dates", () => {
    const owner = parseCellAddress(segments(cellHref("owner", "cm123", week)))!;
    expect(cellTokenListHref(owner)).toBe(
      "/tokens?owner=cm123&as=owner&use=in_use&expiresFrom=2026-11-30&expiresTo=2026-12-06",
    );
    const noTeam = parseCellAddress(segments(cellHref("team", null, week)))!;
    expect(cellTokenListHref(noTeam)).toBe("/tokens?team=none&use=in_use&expiresFrom=2026-11-30&expiresTo=2026-12-06");
  });

  it("is refused when it is not one", () => {
    for (const parts of [
      ["person", "cm123", "2026-11-30", "2026-12-06"],
      ["owner", "cm123", "2026-11-30"],
      ["owner", "cm123", "2026-11-30", "2026-13-40"],
      ["owner", "cm123", "2026-11-30", "2026-12-06", "more"],
    ])
      expect(parseCellAddress(parts)).toBeNull();
  });
});
