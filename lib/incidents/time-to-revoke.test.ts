import { describe, expect, it } from "vitest";
import { describeDuration, describeTimeToRevoke } from "./time-to-revoke";

const at = (iso: string) => new Date(iso);

describe("time to revoke", () => {
  it.each([
    [20_000, "less than a minute"],
    [60_000, "1 minute"],
    [42 * 60_000, "42 minutes"],
    [60 * 60_000, "1 hour"],
    [185 * 60_000, "3 hours and 5 minutes"],
    [50 * 3600_000, "2 days and 2 hours"],
    [72 * 3600_000, "3 days"],
  ])("%i ms reads as %s", (ms, words) => {
    expect(describeDuration(ms)).toBe(words);
  });

  it("says how long after the report the token was revoked", () => {
    expect(
      describeTimeToRevoke({ compromisedAt: at("2026-12-01T10:00:00Z"), revokedAt: at("2026-12-01T10:42:00Z") }),
    ).toBe("Revoked 42 minutes after it was reported");
  });

  it("says nothing without a report, without a revocation, or for a revocation before the report", () => {
    expect(describeTimeToRevoke({ compromisedAt: null, revokedAt: at("2026-12-01T10:42:00Z") })).toBeNull();
    expect(describeTimeToRevoke({ compromisedAt: at("2026-12-01T10:00:00Z"), revokedAt: null })).toBeNull();
    expect(
      describeTimeToRevoke({ compromisedAt: at("2026-12-02T10:00:00Z"), revokedAt: at("2026-12-01T10:00:00Z") }),
    ).toBeNull();
  });
});
