// What an admin may paste into "Chat and webhooks", and a double-click on Remove: each answer is
// plain words, names stay on one line, and no stored hint carries a line break or a direction mark.
import { describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "hostile-channel-secret-long-enough-for-auth";
process.env.ENCRYPTION_KEY = "hostile-channel-encryption-key-long-enough";
const { db } = await import("@/lib/db");
const { NotFoundError } = await import("@/lib/errors");
const { createChannel, deleteChannel } = await import("./manage-channels");
const { urlHint } = await import("./url-hint");
const { createPerson } = await import("@/prisma/factories");

const row = await createPerson({ role: "admin", name: "Ada Admin" });
const admin = { id: row.id, email: row.email, name: row.name, role: "admin" as const };

describe("hostile channel input", () => {
  it("keeps a channel's name on one line", async () => {
    const made = await createChannel(admin, {
      name: "  Marketing\r\nin\tSlack 🔑 ",
      kind: "slack",
      url: "https://hooks.slack.com/services/T1/B1/one-line",
    });
    expect(made.name).toBe("Marketing in Slack 🔑");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { recordId: made.id, action: "channel.created" } });
    expect(JSON.stringify(audit.after)).not.toMatch(/\\n|\\r|\\t/);
  });

  it("shows an address's hint without the line breaks or direction marks pasted into it", () => {
    // The browser and Node drop a pasted line break from an address; the hint shows what is used.
    expect(urlHint("https://hooks.example.com/ab\ncd")).toBe("hooks.example.com …abcd");
    const hint = urlHint("https://hooks.example.com/hook/ab\u202Ed");
    expect(hint).not.toMatch(/[\u0000-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(hint).toBe("hooks.example.com …%AEd");
  });

  it("answers a double-click on Remove in words: one removes, the other says it is gone", async () => {
    for (let round = 0; round < 5; round++) {
      const channel = await createChannel(admin, {
        name: `Twice ${round}`,
        kind: "webhook",
        url: "https://hooks.example.com/twice",
      });
      const results = await Promise.allSettled([deleteChannel(admin, channel.id), deleteChannel(admin, channel.id)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(NotFoundError);
      expect(await db.auditEvent.count({ where: { recordId: channel.id, action: "channel.deleted" } })).toBe(1);
    }
  });
});
