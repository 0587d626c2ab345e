import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ApiRequestError } from "./api-error";

let limiter: RateLimiterPrisma | undefined;

// Kept in the database (the api_rate_limits table), so every instance behind a balancer counts together.
const perKey = () =>
  (limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "apiRateLimit",
    keyPrefix: "api-key",
    points: env().API_REQUESTS_PER_MINUTE,
    duration: 60,
  }));

/** Counts one call of a key; over the limit, a 429 that says when to try again. */
export async function countApiCall(apiKeyId: string) {
  try {
    await perKey().consume(apiKeyId);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw new ApiRequestError(
      429,
      "rate_limited",
      `This key made more than ${env().API_REQUESTS_PER_MINUTE} calls in a minute. Try again in ${seconds} seconds.`,
      { "Retry-After": String(seconds) },
    );
  }
}
