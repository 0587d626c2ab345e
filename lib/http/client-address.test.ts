import { describe, expect, it } from "vitest";
import { clientAddress, peerAddressHeader as peerHeader } from "./client-address";
import { parseTrustedProxies } from "./trusted-proxies";

// As the web server does in its own process.
(globalThis as Record<symbol, string>)[Symbol.for("tokenbook.peerAddressHeader")] = peerHeader;

const request = (peer: string, forwardedFor?: string) =>
  new Headers({ [peerHeader]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });
const proxies = (value: string) => parseTrustedProxies(value) ?? null;

describe("clientAddress", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("203.0.113.9"), null)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9", "6.6.6.6"), null)).toBe("203.0.113.9");
    expect(clientAddress(request("::ffff:127.0.0.1", "6.6.6.6, 7.7.7.7"), null)).toBe("127.0.0.1");
  });

  it("reads X-Forwarded-For from the right, past the trusted number of hops", () => {
    expect(clientAddress(request("10.0.0.2", "198.51.100.7"), proxies("1"))).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.7"), proxies("1"))).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2"), proxies("2"))).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.2"), proxies("1"))).toBe("10.0.0.2");
  });

  it("skips addresses in the trusted networks, and believes nothing from an untrusted peer", () => {
    const trusted = proxies("10.0.0.0/8, 192.168.1.7");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.7, 192.168.1.7"), trusted)).toBe("198.51.100.7");
    expect(clientAddress(request("203.0.113.9", "6.6.6.6"), trusted)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.2", "not-an-address, 198.51.100.7"), trusted)).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.2", "garbage"), trusted)).toBe("10.0.0.2");
  });
});

describe("parseTrustedProxies", () => {
  it.each(["", "0", undefined])("reads %j as no proxies", (value) => expect(parseTrustedProxies(value)).toBeNull());
  it.each(["1", "2", "10.0.0.0/8", "10.0.0.1, ::1", "fd00::/8"])("accepts %j", (value) =>
    expect(parseTrustedProxies(value)).toBeTruthy(),
  );
  it.each(["yes", "10.0.0.0/33", "10.0.0.0/8/1", "300.1.1.1", "-1", "1.5"])("refuses %j", (value) =>
    expect(parseTrustedProxies(value)).toBeUndefined(),
  );
});
