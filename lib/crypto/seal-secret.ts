import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const version = "v1";

/** The 32-byte AES key: ENCRYPTION_KEY hashed, so any 32+ character value makes a full-strength key. */
function key(): Buffer {
  const secret = env().ENCRYPTION_KEY;
  if (!secret)
    throw new Error(
      "ENCRYPTION_KEY is not set, so Tokenbook cannot keep chat and webhook addresses. Start it with `npm start`, which sets one.",
    );
  return createHash("sha256").update(`tokenbook:seal:v1\n${secret}`).digest();
}

/** Encrypts a credential for the database with AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", base64url. */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Decrypts what sealSecret made; a changed value or another key fails loudly instead of giving garbage. */
export function openSecret(sealed: string): string {
  const [tag, iv, authTag, data] = sealed.split(".");
  if (tag !== version || !iv || !authTag || data === undefined)
    throw new Error("A stored secret is not in a form Tokenbook knows.");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(authTag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("A stored secret could not be decrypted: ENCRYPTION_KEY is not the one it was saved with.");
  }
}
