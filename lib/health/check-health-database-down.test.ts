import { expect, it } from "vitest";
import { findFreePort } from "@/scripts/support/free-port";

// Nothing listens on this port: the app's database is "down" for this file.
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${await findFreePort()}/tokenbook`;
const { checkHealth } = await import("./check-health");

it("says plainly that the database is not reachable", async () => {
  expect(await checkHealth()).toMatchObject({ ok: false, reason: "The database is not reachable." });
});
