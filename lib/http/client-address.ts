import { env } from "@/lib/env";
import { isTrustedProxy, plainAddress, type TrustedProxies } from "./trusted-proxies";

/** The connection's own address, stamped on every request by Tokenbook's web server (scripts/web-server.ts). */
export const peerAddressHeader = "x-tokenbook-peer";

// Set by that server in its own process: only then is the header ours and not a client's.
const peerHeader = () => (globalThis as Record<symbol, string | undefined>)[Symbol.for("tokenbook.peerAddressHeader")];

/**
 * The address of the person's machine, for limits and the audit log. The connection's own address
 * (stamped by the web server), unless TRUSTED_PROXIES says proxies stand in front:
 * then X-Forwarded-For is read from the right, past the trusted hops. A client's own
 * X-Forwarded-For is never believed without that setting.
 */
export function clientAddress(requestHeaders: Headers, proxies: TrustedProxies = env().TRUSTED_PROXIES): string {
  const header = peerHeader();
  const peer = plainAddress(header ? requestHeaders.get(header) : null);
  const forwarded = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Without the stamp (Next started some other way) the best left is the entry Next added itself.
  if (!proxies) return peer ?? plainAddress(forwarded.at(-1)) ?? "unknown";
  if ("hops" in proxies) {
    // With n proxies, the last one is the peer and the n-1 before it appended their own peers.
    const chain = peer ? [...forwarded, peer] : forwarded;
    const index = chain.length - 1 - proxies.hops + (peer ? 0 : 1);
    return plainAddress(chain[Math.max(0, index)]) ?? peer ?? "unknown";
  }
  if (peer && !isTrustedProxy(proxies, peer)) return peer;
  for (let index = forwarded.length - 1; index >= 0; index--) {
    const address = plainAddress(forwarded[index]);
    if (!address) return peer ?? "unknown";
    if (!isTrustedProxy(proxies, address)) return address;
  }
  return plainAddress(forwarded[0]) ?? peer ?? "unknown";
}
