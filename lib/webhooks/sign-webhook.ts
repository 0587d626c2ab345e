import { createHmac, timingSafeEqual } from "node:crypto";

/** The header that carries the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const signatureHeader = "Tokenbook-Signature";
/** How far a signature's time may be from the receiver's clock before it counts as a replay. */
export const signatureToleranceSeconds = 300;

/** Signs a body at `now`; the receiver recomputes the HMAC over the same "timestamp.body" bytes. */
export function signWebhook(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * The documented recipe, as a receiver would write it: parse t and v1, refuse a time outside the
 * tolerance (a replay), recompute the HMAC over the raw body and compare in constant time.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  now: Date,
  toleranceSeconds = signatureToleranceSeconds,
): SignatureCheck {
  const parts = new Map((header ?? "").split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given))
    return { ok: false, reason: "The signature header is missing or malformed." };
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds)
    return { ok: false, reason: "The signature is too old or from the future (a replay?)." };
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  return timingSafeEqual(expected, Buffer.from(given, "hex"))
    ? { ok: true }
    : { ok: false, reason: "The signature does not match the body." };
}

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
