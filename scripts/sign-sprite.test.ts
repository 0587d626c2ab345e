import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenStatuses } from "@/lib/tokens/token-status";
import { signSpriteFile, signSpriteMarkup } from "./sign-sprite";

describe("the sign sprite", () => {
  it("is the file the pages point at, drawn from today's icons (else run: npx tsx scripts/sign-sprite.ts)", () => {
    expect(readFileSync(signSpriteFile, "utf8")).toBe(signSpriteMarkup());
  });

  it("has a sign for every status, for both kinds of calendar date and for every tone of notice", () => {
    const sprite = readFileSync(signSpriteFile, "utf8");
    for (const id of [
      ...tokenStatuses.map((status) => `status-icon-${status}`),
      "event-expiry",
      "event-rotation",
      "notice-info",
      "notice-success",
      "notice-warning",
      "notice-error",
    ]) {
      expect(sprite).toContain(`<symbol id="${id}" viewBox="0 0 24 24"><svg`);
    }
  });
});
