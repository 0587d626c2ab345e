import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** A new RFC 5322 Message-ID on APP_URL's host, made when the message is queued so every attempt reuses it. */
export function newMessageId(): string {
  const host = new URL(env().APP_URL).hostname;
  // An IPv6 literal is not a valid right-hand side; such installs get a fixed local name instead.
  const right = /^[a-z0-9.-]+$/i.test(host) ? host : "tokenbook.localhost";
  return `<${randomBytes(16).toString("hex")}@${right}>`;
}
