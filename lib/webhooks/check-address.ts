import ipaddr from "ipaddr.js";

/** The address's range ("unicast", "private", "loopback", …); ::ffff:10.0.0.1 counts as the 10.0.0.1 it disguises. */
function rangeOf(address: string): string | null {
  if (!ipaddr.isValid(address)) return null;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    return (parsed as ipaddr.IPv6).toIPv4Address().range();
  return parsed.range();
}

/** True for an address anyone on the internet could hold: not private, loopback, link-local, reserved… */
export const isPublicAddress = (address: string): boolean => rangeOf(address) === "unicast";

/** 127.0.0.0/8 and ::1 (and ::ffff:127.x): this machine. */
export const isLoopbackAddress = (address: string): boolean => rangeOf(address) === "loopback";

/** For http:// (allowed only to loopback): a host name that can only mean this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return bare === "localhost" || isLoopbackAddress(bare);
}
