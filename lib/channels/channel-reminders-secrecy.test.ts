// A channel's address is a secret: it never shows outside the request that posts to it.
import pg from "pg";
import { describe, expect, it } from "vitest";
// Sets the environment and the hooks first: the modules below are imported after it, and read it.
import * as world from "@/testing/channel-reminders-world";

describe("reminders to team channels", () => {
  it("never shows the address: not in the database's other columns, the audit log or the logs", async () => {
    await world.channelFor("slack");
    await world.channelFor("teams");
    await world.channelFor("webhook");
    await world.expiringToken();
    world.receiver.answer(world.paths.teams, 500);
    await world.sweepReminders(world.now);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    let dump = "";
    for (const { table_name } of tables.rows)
      dump += JSON.stringify((await client.query(`SELECT * FROM "${table_name}"`)).rows);
    await client.end();
    expect(dump).toContain("channel.created");
    for (const path of Object.values(world.paths)) {
      const secretPart = path.match(/s3cr3t\w+/)![0];
      expect(dump).not.toContain(secretPart);
      expect(world.logged.join("\n")).not.toContain(secretPart);
    }
  });
});
