import { describe, expect, it } from "vitest";
import { checkHealth } from "./check-health";

describe("checkHealth", () => {
  it("reports a reachable database with every migration applied", async () => {
    expect(await checkHealth()).toMatchObject({ ok: true, database: "reachable", migrations: "current" });
  });

  it("reports missing migrations in plain words", async () => {
    const { db } = await import("@/lib/db");
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`;
    const health = await checkHealth();
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL`;
    expect(health).toMatchObject({ ok: false, reason: expect.stringMatching(/missing 1 update/) });
  });
});
