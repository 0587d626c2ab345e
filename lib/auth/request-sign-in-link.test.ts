import { randomBytes } from "node:crypto";
import { addMinutes } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/prisma/factories";
import { requestSignInLink, signInLimits } from "./request-sign-in-link";

const officeAddress = () => `198.51.100.${1 + (randomBytes(1)[0] % 250)}-${randomBytes(3).toString("hex")}`;
const person = async () => (await createPerson({ role: "viewer" })).email;

describe("requestSignInLink", () => {
  it("sends each of 30 colleagues behind one address their link, and tells the 61st request to wait", async () => {
    const now = new Date();
    const office = officeAddress();
    const colleagues = await Promise.all(Array.from({ length: 30 }, person));
    for (const email of colleagues) expect((await requestSignInLink(email, office, now)).send).toBeTypeOf("function");
    for (let index = 0; index < 30; index++) {
      expect((await requestSignInLink(`nobody-${index}@example.test`, office, now)).answer).toBe("sent-if-known");
    }
    expect(await requestSignInLink(colleagues[0], office, now)).toEqual({
      answer: "wait",
      minutes: signInLimits.perClient.minutes,
    });
    // Refused requests are not counted: the wait ends when the oldest of the 60 leaves the window.
    expect(await requestSignInLink(colleagues[0], office, addMinutes(now, 14))).toEqual({ answer: "wait", minutes: 1 });
    expect((await requestSignInLink(colleagues[1], office, addMinutes(now, 15))).send).toBeTypeOf("function");
  });

  it("does not let a stranger's requests for Hannah's address stop Hannah's own", async () => {
    const now = new Date();
    const hannah = await person();
    const stranger = officeAddress();
    const sent = [];
    for (let index = 0; index < 6; index++)
      sent.push((await requestSignInLink(hannah, stranger, now)).send !== undefined);
    expect(sent).toEqual([true, true, true, true, true, false]);
    expect((await requestSignInLink(hannah, officeAddress(), now)).send).toBeTypeOf("function");
  });

  it("stops silently at 20 links an hour for one address from all clients together", async () => {
    const now = new Date();
    const finn = await person();
    const outcomes = [];
    for (let index = 0; index < 21; index++)
      outcomes.push(await requestSignInLink(finn, officeAddress(), addMinutes(now, index)));
    expect(outcomes.slice(0, 20).every((outcome) => outcome.send)).toBe(true);
    expect(outcomes[20]).toEqual({ answer: "sent-if-known" });
  });

  it("answers an unknown or deactivated address exactly as a known one, without sending", async () => {
    const gone = await createPerson({ role: "viewer", active: false });
    expect(await requestSignInLink(gone.email, officeAddress())).toEqual({ answer: "sent-if-known" });
    expect(await requestSignInLink("nobody@example.test", officeAddress())).toEqual({ answer: "sent-if-known" });
    expect(await db.signInAttempt.count({ where: { email: gone.email } })).toBe(1);
  });
});
