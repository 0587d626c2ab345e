// Counts the statements the app sends to PostgreSQL and the time the database is busy with them,
// by standing between the app and the server on loopback and reading the wire protocol: each
// simple Query ('Q') or Execute ('E') is one statement; the time from a client's first message to
// the server's ReadyForQuery ('Z') is time spent waiting on the database. No change to the app.
import net from "node:net";

export type QueryTally = { queries: number; busyMs: number };

/** Calls `onMessage(type)` for every complete typed message in a stream (after the untyped startup message). */
function messageReader(untypedFirst: boolean, onMessage: (type: string) => void) {
  let buffer = Buffer.alloc(0);
  let first = untypedFirst;
  return (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (first) {
        if (buffer.length < 4) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        // An SSLRequest (code 80877103) is followed by another startup message.
        first = buffer.readInt32BE(4) === 80877103;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < length + 1) return;
      onMessage(String.fromCharCode(buffer[0]));
      buffer = buffer.subarray(length + 1);
    }
  };
}

/** A loopback proxy to `databaseUrl`; returns the URL to give the app and a tally to read. */
export async function startQueryCounter(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const tally: QueryTally = { queries: 0, busyMs: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let busySince: number | null = null;
    client.on(
      "data",
      messageReader(true, (type) => {
        if (type === "Q" || type === "E") tally.queries++;
        if (type !== "X") busySince ??= performance.now();
      }),
    );
    upstream.on(
      "data",
      messageReader(false, (type) => {
        if (type === "Z" && busySince !== null) {
          tally.busyMs += performance.now() - busySince;
          busySince = null;
        }
      }),
    );
    client.pipe(upstream).pipe(client);
    const close = () => (client.destroy(), upstream.destroy(), sockets.delete(client), sockets.delete(upstream));
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String((server.address() as net.AddressInfo).port);
  return {
    url: proxied.toString(),
    read: (): QueryTally => ({ ...tally }),
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Waits until the app's own background work (a fresh database makes the reminder sweep queue mail for
 * every token) has calmed down: three 2-second samples in a row at most `perSecond` statements a
 * second. An idle app is never silent (pg-boss polls its queues, a few statements a second), so
 * quiet means "back to polling", not zero. Returns that idle rate, subtracted from each page's count.
 */
export async function waitForQuiet(
  counter: { read: () => QueryTally },
  log: (line: string) => void,
  perSecond = 6,
  timeoutMs = 300_000,
) {
  const started = performance.now();
  const recent: number[] = [];
  for (;;) {
    const before = counter.read().queries;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rate = (counter.read().queries - before) / 2;
    recent.push(rate);
    const lastThree = recent.slice(-3);
    if (lastThree.length === 3 && lastThree.every((each) => each <= perSecond))
      return lastThree.reduce((sum, each) => sum + each, 0) / 3;
    if (performance.now() - started > timeoutMs)
      throw new Error(`The app still sends ${rate} statements a second on its own after ${timeoutMs / 1000} s.`);
    if (rate > perSecond)
      log(`Waiting for the app's background jobs to finish (${rate.toFixed(0)} statements a second)…`);
  }
}

/**
 * Database statements and busy time per request of one page, over `requests` requests one after
 * another, less the statements the app's jobs send meanwhile (`idlePerSecond`, from waitForQuiet).
 */
export async function queriesPerRequest(
  counter: { read: () => QueryTally },
  url: string,
  headers: Record<string, string>,
  idlePerSecond: number,
  urlOf: (url: string, n: number) => string = (url) => url,
  requests = 10,
): Promise<QueryTally> {
  const before = counter.read();
  const started = performance.now();
  for (let i = 0; i < requests; i++) await (await fetch(urlOf(url, i), { headers, redirect: "manual" })).arrayBuffer();
  const after = counter.read();
  const background = (idlePerSecond * (performance.now() - started)) / 1000;
  return {
    queries: Math.max(0, after.queries - before.queries - background) / requests,
    busyMs: (after.busyMs - before.busyMs) / requests,
  };
}
