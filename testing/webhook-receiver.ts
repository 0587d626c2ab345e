// A real HTTP server on loopback that plays Slack, Teams or a webhook consumer: it keeps every
// request (path, headers, raw body) and answers with whatever status the test sets for a path.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { path: string; headers: http.IncomingHttpHeaders; body: string; answeredWith: number };

export type WebhookReceiver = {
  /** http://127.0.0.1:<port><path> */
  url(path: string): string;
  requests(path?: string): ReceivedRequest[];
  /** What the next requests to `path` are answered with, until changed (default 200 "ok"). */
  answer(path: string, status: number, body?: string): void;
  clear(): void;
  stop(): Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const answers = new Map<string, { status: number; body: string }>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      const { status, body } = answers.get(path) ?? { status: 200, body: "ok" };
      received.push({
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        answeredWith: status,
      });
      response.writeHead(status, { "Content-Type": "text/plain" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests: (path) => received.filter((request) => path === undefined || request.path === path),
    answer: (path, status, body = status < 300 ? "ok" : "no") => void answers.set(path, { status, body }),
    clear: () => void received.splice(0),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
