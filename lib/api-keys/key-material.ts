import { createHash, randomBytes } from "node:crypto";

/** Every Tokenbook API key starts with this, so people, scanners and our own secret guard recognise it. */
export const apiKeyPrefix = "tkb_";

/** 32 random bytes: a hash of it is as safe to keep as the key is hard to guess, so no slow hash is needed. */
export function generateApiKey() {
  const key = `${apiKeyPrefix}${randomBytes(32).toString("base64url")}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, apiKeyPrefix.length + 6) };
}

export const hashApiKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");
