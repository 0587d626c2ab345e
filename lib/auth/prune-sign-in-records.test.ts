import { randomBytes } from "node:crypto";
import { addMinutes, subHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scheduledJobs } from "@/lib/jobs/scheduled-jobs";
import { pruneSignInRecords } from "./prune-sign-in-records";

describe("pruneSignInRecords", () => {
  it("removes attempts older than a day and expired links, and keeps the rest", async () => {
    const now = new Date();
    const email = `prune-${randomBytes(4).toString("hex")}@example.test`;
    await db.signInAttempt.createMany({
      data: [
        { email, ipAddress: "203.0.113.1", at: subHours(now, 25) },
        { email, ipAddress: "203.0.113.1", at: subHours(now, 2) },
      ],
    });
    await db.verificationToken.createMany({
      data: [
        { identifier: email, token: `old-${email}`, expires: addMinutes(now, -1) },
        { identifier: email, token: `open-${email}`, expires: addMinutes(now, 9) },
      ],
    });
    expect(await pruneSignInRecords(now)).toEqual({ attempts: 1, links: 1 });
    expect(await pruneSignInRecords(now)).toEqual({ attempts: 0, links: 0 });
    expect((await db.signInAttempt.findMany({ where: { email } })).map((row) => row.at)).toEqual([subHours(now, 2)]);
    expect((await db.verificationToken.findMany({ where: { identifier: email } })).map((row) => row.token)).toEqual([
      `open-${email}`,
    ]);
  });

  it("runs as a scheduled job", () => {
    expect(scheduledJobs.map((job) => job.name)).toContain("sign-in-prune");
  });
});
