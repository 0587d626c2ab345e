import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startWebhookReceiver } from "@/testing/webhook-receiver";
import { isPublicAddress } from "./check-address";
import { OutgoingRequestError, safePost } from "./safe-post";

const receiver = await startWebhookReceiver();
const port = new URL(receiver.url("/")).port;
const allowed = { allowPrivateAddresses: true };
const refusedHere = { allowPrivateAddresses: false };

// A server that takes the request and never answers, and one that redirects elsewhere.
const silent = http.createServer(() => undefined);
await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
const redirecting = http.createServer((_request, response) =>
  response.writeHead(302, { Location: receiver.url("/elsewhere") }).end(),
);
await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
// A TLS server whose certificate nobody vouches for.
const folder = mkdtempSync(path.join(os.tmpdir(), "safe-post-"));
execFileSync(
  "openssl",
  [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-subj",
    "/CN=localhost",
    "-days",
    "1",
    "-keyout",
    path.join(folder, "key.pem"),
    "-out",
    path.join(folder, "cert.pem"),
  ],
  { stdio: "ignore" },
);
const selfSigned = https.createServer(
  { key: readFileSync(path.join(folder, "key.pem")), cert: readFileSync(path.join(folder, "cert.pem")) },
  (_request, response) => response.end("ok"),
);
await new Promise<void>((resolve) => selfSigned.listen(0, "127.0.0.1", resolve));
const portOf = (server: http.Server | https.Server) => (server.address() as AddressInfo).port;

afterAll(async () => {
  await receiver.stop();
  for (const server of [silent, redirecting, selfSigned]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OutgoingRequestError);
  return (error as OutgoingRequestError).message;
};

describe("safePost", () => {
  it("posts JSON to a loopback receiver when private addresses are allowed, and returns its answer", async () => {
    receiver.answer("/hook", 201, "created");
    expect(await safePost(receiver.url("/hook"), '{"a":1}', allowed)).toEqual({ status: 201, body: "created" });
    expect(receiver.requests("/hook")[0]).toMatchObject({
      body: '{"a":1}',
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  });

  it("refuses private and loopback addresses unless allowed, before connecting, whether written as digits or as a name", async () => {
    receiver.clear();
    expect(await refusal(safePost(`https://127.0.0.1:${port}/hook`, "{}", refusedHere))).toMatch(
      /private or local network/,
    );
    expect(await refusal(safePost(`https://localhost:${port}/hook`, "{}", refusedHere))).toMatch(
      /private or local network/,
    );
    expect(await refusal(safePost(`https://[::ffff:127.0.0.1]:${port}/hook`, "{}", refusedHere))).toMatch(
      /private or local network/,
    );
    expect(await refusal(safePost(`http://127.0.0.1:${port}/hook`, "{}", refusedHere))).toMatch(
      /private or local network/,
    );
    expect(await refusal(safePost(`http://localhost:${port}/hook`, "{}", refusedHere))).toMatch(/https:\/\//);
    expect(receiver.requests()).toHaveLength(0);
  });

  it("allows plain http only to loopback, and never a user name or password in the address", async () => {
    expect(await refusal(safePost("http://tokenbook.example.test/hook", "{}", allowed))).toMatch(/https:\/\//);
    expect(await refusal(safePost(`https://user:pass@127.0.0.1:${port}/`, "{}", allowed))).toMatch(
      /user name or password/,
    );
    expect(await refusal(safePost("ftp://example.test/", "{}", allowed))).toMatch(/https:\/\//);
  });

  it("takes the address out of an answer that repeats it (the path may be the secret), since the answer is shown and audited", async () => {
    const secretPath = "/hooks/T0ABC/s3cretPathQ7x?token=abc123";
    receiver.answer(
      secretPath,
      404,
      `Cannot POST ${secretPath} (full: ${receiver.url(secretPath)}; decoded /hooks/T0ABC/s3cretPathQ7x)`,
    );
    const answer = await safePost(receiver.url(secretPath), "{}", allowed);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toMatch(/s3cretPathQ7x|abc123/);
    expect(answer.body).toMatch(/^Cannot POST …/);
  });

  it("does not follow a redirect", async () => {
    receiver.clear();
    expect((await safePost(`http://127.0.0.1:${portOf(redirecting)}/`, "{}", allowed)).status).toBe(302);
    expect(receiver.requests("/elsewhere")).toHaveLength(0);
  });

  it("gives up on a service that does not answer in time", async () => {
    expect(
      await refusal(safePost(`http://127.0.0.1:${portOf(silent)}/`, "{}", { ...allowed, timeoutMs: 300 })),
    ).toMatch(/^No answer within \d+ seconds\.$/);
  });

  it("verifies TLS: a certificate nobody vouches for is refused", async () => {
    expect(await refusal(safePost(`https://127.0.0.1:${portOf(selfSigned)}/`, "{}", allowed))).toMatch(
      /certificate could not be trusted/,
    );
  });

  it("knows public from private addresses", () => {
    for (const address of [
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "127.0.0.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "0.0.0.0",
      "100.64.0.1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ["8.8.8.8", "2606:4700::1111", "::ffff:1.1.1.1"])
      expect(isPublicAddress(address), address).toBe(true);
  });
});
