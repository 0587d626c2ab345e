import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isLoopbackHost, isPublicAddress } from "./check-address";

export type SafePostOptions = {
  /** Private, loopback and link-local addresses are refused unless this is true (and http:// only to loopback then). */
  allowPrivateAddresses: boolean;
  timeoutMs?: number;
  headers?: Record<string, string>;
};
export type SafePostAnswer = { status: number; body: string };

/** A request that was not sent, or got no answer. `message` is plain words, and never holds the address. */
export class OutgoingRequestError extends Error {
  constructor(
    message: string,
    readonly refused = false,
  ) {
    super(message);
    this.name = "OutgoingRequestError";
  }
}

const defaultTimeoutMs = 10_000;
/** Enough of an answer to show a person what the service said. */
const keptAnswerBytes = 2_000;

/**
 * POSTs a JSON body to an address a person typed, safely: https:// only (http:// only to loopback,
 * and only when private addresses are allowed), TLS verified, every resolved address checked
 * (so a DNS name pointing inside the network is refused), a short timeout, and redirects never followed.
 */
export async function safePost(address: string, body: string, options: SafePostOptions): Promise<SafePostAnswer> {
  const url = checkAddress(address, options.allowPrivateAddresses);
  const client = url.protocol === "https:" ? https : http;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Length": String(Buffer.byteLength(body)),
          "User-Agent": "Tokenbook",
          ...options.headers,
        },
        lookup: checkedLookup(options.allowPrivateAddresses),
        timeout: timeoutMs,
        rejectUnauthorized: true,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < keptAnswerBytes) chunks.push(chunk);
          kept += chunk.length;
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: withoutAddress(Buffer.concat(chunks).toString("utf8").slice(0, keptAnswerBytes), url),
          }),
        );
        response.on("error", (error) => reject(describeNetworkError(error)));
      },
    );
    const timer = setTimeout(
      () => request.destroy(new OutgoingRequestError(`No answer within ${Math.round(timeoutMs / 1000)} seconds.`)),
      timeoutMs,
    );
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () =>
      request.destroy(new OutgoingRequestError(`No answer within ${Math.round(timeoutMs / 1000)} seconds.`)),
    );
    request.on("error", (error) => reject(describeNetworkError(error)));
    request.end(body);
  });
}

/** Parses and checks an address before anything is sent; also used when an admin saves a channel. */
export function checkAddress(address: string, allowPrivateAddresses: boolean): URL {
  if (!URL.canParse(address)) throw new OutgoingRequestError("That is not a web address.", true);
  const url = new URL(address);
  if (url.username || url.password)
    throw new OutgoingRequestError("The address must not contain a user name or password.", true);
  // Node connects to an address written as digits without asking the lookup, so it is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && !allowPrivateAddresses && !isPublicAddress(literal)) throw privateRefusal();
  if (url.protocol === "https:") return url;
  if (url.protocol === "http:" && allowPrivateAddresses && isLoopbackHost(url.hostname)) return url;
  throw new OutgoingRequestError("The address must start with https://.", true);
}

/**
 * The answer with the address taken out wherever the service repeated it ("Cannot POST /hooks/…"):
 * its path and query may be the secret, and the answer is shown to admins and kept in the audit log.
 */
function withoutAddress(answer: string, url: URL): string {
  const decoded = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const parts = [
    url.href,
    `${url.pathname}${url.search}`,
    url.pathname,
    url.search,
    ...url.pathname.split("/").filter((segment) => segment.length >= 8),
  ];
  const secrets = [...new Set([...parts, ...parts.map(decoded)])]
    .filter((part) => part.length > 1)
    .sort((a, b) => b.length - a.length);
  return secrets.reduce((text, secret) => text.replaceAll(secret, "…"), answer);
}

const privateRefusal = () =>
  new OutgoingRequestError("The address leads to a private or local network, which Tokenbook does not send to.", true);

function checkedLookup(allowPrivateAddresses: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.find((entry) => !allowPrivateAddresses && !isPublicAddress(entry.address));
      if (refused) return callback(privateRefusal(), "", 0);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function describeNetworkError(error: Error & { code?: string }): OutgoingRequestError {
  if (error instanceof OutgoingRequestError) return error;
  const code = error.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new OutgoingRequestError("The service's name could not be found (DNS).");
  if (code === "ECONNREFUSED") return new OutgoingRequestError("The service refused the connection.");
  if (code === "ECONNRESET") return new OutgoingRequestError("The service closed the connection.");
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code))
    return new OutgoingRequestError(`The service's certificate could not be trusted (${code}).`);
  return new OutgoingRequestError(`The request failed (${code || error.message}).`);
}
