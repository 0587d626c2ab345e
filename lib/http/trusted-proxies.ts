import { BlockList, isIP } from "node:net";

/** How many proxies stand in front of Tokenbook, or which addresses they have; null: none. */
export type TrustedProxies = { hops: number } | { networks: BlockList; text: string } | null;

/** "2" (two proxies) or "10.0.0.0/8, 192.168.1.7" (their addresses); unset or "0": none. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | undefined {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return null;
  if (/^\d{1,2}$/.test(text)) return { hops: Number(text) };
  const networks = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim())) {
    const [address, prefix, extra] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return undefined;
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!/^\d{1,3}$/.test(prefix ?? "0") || bits > (family === 4 ? 32 : 128)) return undefined;
    networks.addSubnet(address, bits, family === 4 ? "ipv4" : "ipv6");
  }
  return { networks, text };
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an address → null. */
export function plainAddress(value: string | undefined | null): string | null {
  const trimmed = (value ?? "").trim().replace(/^\[|\]$/g, "");
  const unmapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1] ?? trimmed;
  return isIP(unmapped) ? unmapped : null;
}

export function isTrustedProxy(proxies: TrustedProxies, address: string): boolean {
  if (!proxies || !("networks" in proxies)) return false;
  return proxies.networks.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}
