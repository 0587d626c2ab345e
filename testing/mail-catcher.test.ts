import http from "node:http";
import nodemailer from "nodemailer";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type MailCatcher, mailCatcherClient, startMailCatcher } from "./mail-catcher";

let catcher: MailCatcher;
beforeEach(async () => {
  catcher = await startMailCatcher();
});
afterEach(() => catcher.stop());

const send = (to: string, subject: string) =>
  nodemailer.createTransport({ url: catcher.smtpUrl }).sendMail({
    from: "Tokenbook <tokenbook@localhost>",
    to,
    subject,
    text: "Plain words",
    html: "<p>Plain words</p>",
    messageId: "<abc123@tokenbook.test>",
  });

test("keeps each message it receives, parsed", async () => {
  await send("Sam@Example.test", "Sign in to Tokenbook");
  const [mail] = await catcher.messages();
  expect(mail).toEqual({
    messageId: "<abc123@tokenbook.test>",
    from: "Tokenbook <tokenbook@localhost>",
    to: ["Sam@example.test"],
    subject: "Sign in to Tokenbook",
    text: "Plain words",
    html: "<p>Plain words</p>",
    receivedAt: expect.any(Date),
  });
  expect(catcher.smtpUrl).toBe(`smtp://127.0.0.1:${catcher.port}`);
});

test("serves the same API over HTTP to another process", async () => {
  const client = mailCatcherClient(catcher.apiUrl);
  const waiting = client.waitForMail({ to: "sam@example.test", subject: /^Sign in/ });
  await send("sam@example.test", "Sign in to Tokenbook");
  const mail = await waiting;
  expect(mail.subject).toBe("Sign in to Tokenbook");
  expect(mail.receivedAt).toBeInstanceOf(Date);

  await client.clear();
  expect(await client.messages()).toEqual([]);

  await client.setRefusing(true);
  await expect(send("sam@example.test", "Refused")).rejects.toMatchObject({ responseCode: 451 });
  await client.setRefusing(false);
  await send("sam@example.test", "Accepted");
  expect((await catcher.messages()).map((m) => m.subject)).toEqual(["Accepted"]);
});

test("says what it did receive when the awaited email does not come", async () => {
  await send("kim@example.test", "Something else");
  await expect(catcher.waitForMail({ to: "sam@example.test", timeoutMs: 300 })).rejects.toThrow(
    'No email to sam@example.test arrived within 300 ms. Received: "Something else" to kim@example.test.',
  );
});

test("answers only requests addressed to itself, and stops listening when stopped", async () => {
  const status = (host: string, method = "GET", path = "/messages") =>
    new Promise<number>((resolve, reject) => {
      const { port } = new URL(catcher.apiUrl);
      http
        .request({ host: "127.0.0.1", port, method, path, headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on("error", reject)
        .end();
    });
  const { host } = new URL(catcher.apiUrl);
  expect(await status(host)).toBe(200);
  expect(await status("attacker.example")).toBe(403);
  expect(await status(host, "POST", "/refusing?on=maybe")).toBe(404);

  await catcher.stop();
  await expect(fetch(`${catcher.apiUrl}/messages`)).rejects.toThrow();
  await expect(send("sam@example.test", "Too late")).rejects.toMatchObject({ code: "ESOCKET" });
  catcher = await startMailCatcher();
});
