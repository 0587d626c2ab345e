import autocannon from "autocannon";

export type Measurement = {
  medianMs: number;
  p95Ms: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  non2xx: number;
};

/**
 * The same page at an address of its own for request `n`: a parameter no page reads, so the page renders anew
 * (the web server keeps whole pages by address) from the same data.
 */
export const addressOfRequest = (path: string, n: number | string) =>
  `${path}${path.includes("?") ? "&" : "?"}bench-request=${n}`;

/** Each load stops after `seconds` or `maxRequests`, whichever comes first. */
export const load = { connections: 20, seconds: 20, maxRequests: 20_000 };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** A bounded load of one address on loopback; autocannon has no p95, so every latency is kept. */
export async function measureRoute(
  url: string,
  headers: Record<string, string>,
  seconds = load.seconds,
  { addressEachTime = false } = {},
): Promise<Measurement> {
  if (!["127.0.0.1", "localhost"].includes(new URL(url).hostname))
    throw new Error(`The bench only loads loopback addresses, not ${url}.`);
  const latencies: number[] = [];
  const started = performance.now();
  const run = autocannon({
    // autocannon puts a new id in place of "[<id>]" in every request.
    url: addressEachTime ? addressOfRequest(url, "[<id>]") : url,
    idReplacement: addressEachTime,
    connections: load.connections,
    duration: seconds,
    headers,
    timeout: 30,
  });
  run.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (latencies.length === load.maxRequests) run.stop();
  });
  const result = await run;
  const elapsedSeconds = Math.min(seconds, (performance.now() - started) / 1000);
  latencies.sort((a, b) => a - b);
  return {
    medianMs: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    requestsPerSecond: result.requests.total / elapsedSeconds,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
