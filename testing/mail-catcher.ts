// A real SMTP server on loopback that keeps every message it receives, for tests that wait for
// an email and follow its link. Playwright workers reach it through the small HTTP API.
import http from "node:http";
import type { AddressInfo, Server } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = {
  messageId: string;
  from: string;
  /** The envelope recipients: who the message was actually delivered to. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: Date;
};

export type MailFilter = {
  /** Matches any recipient, ignoring case. */
  to?: string;
  /** A string matches when the subject contains it. */
  subject?: string | RegExp;
  timeoutMs?: number;
};

export type MailCatcherClient = {
  messages(): Promise<CaughtMail[]>;
  /** The newest message that matches, waiting for one to arrive. */
  waitForMail(filter?: MailFilter): Promise<CaughtMail>;
  clear(): Promise<void>;
  /** While on, the server answers 451 to RCPT TO and DATA, so senders see a temporary failure. */
  setRefusing(on: boolean): Promise<void>;
};

export type MailCatcher = MailCatcherClient & {
  port: number;
  smtpUrl: string;
  /** Base address of the HTTP API, for mailCatcherClient() in another process. */
  apiUrl: string;
  stop(): Promise<void>;
};

const loopback = "127.0.0.1";
const refusal = () =>
  Object.assign(new Error("4.3.2 Mail catcher is refusing mail for this test"), { responseCode: 451 });

export async function startMailCatcher(): Promise<MailCatcher> {
  const caught: CaughtMail[] = [];
  let refusing = false;

  const smtp = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    banner: "Tokenbook test mail catcher",
    size: 10 * 1024 * 1024,
    closeTimeout: 1000,
    onRcptTo(_address, _session, callback) {
      callback(refusing ? refusal() : null);
    },
    onData(stream, session, callback) {
      if (refusing) {
        stream.on("end", () => callback(refusal())).resume();
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          caught.push({
            messageId: parsed.messageId ?? "",
            from: displayAddress(parsed.from?.value[0]),
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: parsed.html || "",
            receivedAt: new Date(),
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A sender that drops its connection must not crash the test run; the sender sees its own error.
  smtp.on("error", () => undefined);
  const port = await listen(smtp.server);

  const local: MailCatcherClient = {
    messages: async () => caught.map((mail) => ({ ...mail })),
    waitForMail: (filter) => pollForMail(local.messages, filter),
    clear: async () => {
      caught.length = 0;
    },
    setRefusing: async (on) => {
      refusing = on;
    },
  };

  const api = http.createServer((request, response) => void answer(request, response, local, apiPort));
  const apiPort = await listen(api);

  return {
    ...local,
    port,
    smtpUrl: `smtp://${loopback}:${port}`,
    apiUrl: `http://${loopback}:${apiPort}`,
    stop: async () => {
      api.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => api.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(resolve)),
      ]);
    },
  };
}

/** The catcher's API from another process (a Playwright worker), polling every 100 ms. */
export function mailCatcherClient(baseUrl: string): MailCatcherClient {
  const call = async (method: "GET" | "POST", path: string) => {
    const response = await fetch(new URL(path, baseUrl), { method });
    if (!response.ok) throw new Error(`The mail catcher answered ${response.status} to ${method} ${path}.`);
    return response;
  };
  const client: MailCatcherClient = {
    messages: async () => {
      const list = (await (await call("GET", "/messages")).json()) as (Omit<CaughtMail, "receivedAt"> & {
        receivedAt: string;
      })[];
      return list.map((mail) => ({ ...mail, receivedAt: new Date(mail.receivedAt) }));
    },
    waitForMail: (filter) => pollForMail(client.messages, filter),
    clear: async () => {
      await call("POST", "/clear");
    },
    setRefusing: async (on) => {
      await call("POST", `/refusing?on=${on ? 1 : 0}`);
    },
  };
  return client;
}

async function pollForMail(list: () => Promise<CaughtMail[]>, { to, subject, timeoutMs = 60_000 }: MailFilter = {}) {
  const matches = (mail: CaughtMail) =>
    (to === undefined || mail.to.some((address) => address.toLowerCase() === to.toLowerCase())) &&
    (subject === undefined ||
      (typeof subject === "string" ? mail.subject.includes(subject) : subject.test(mail.subject)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await list();
    const found = messages.filter(matches).at(-1);
    if (found) return found;
    if (Date.now() >= deadline) {
      const seen = messages.map((mail) => `"${mail.subject}" to ${mail.to.join(", ")}`).join("; ") || "none";
      throw new Error(
        `No email${to ? ` to ${to}` : ""}${subject ? ` with subject ${subject}` : ""} arrived within ${timeoutMs} ms. Received: ${seen}.`,
      );
    }
    await sleep(100);
  }
}

async function answer(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  catcher: MailCatcherClient,
  apiPort: number,
) {
  // Only loopback clients that name the catcher itself (not a rebound DNS name) get an answer.
  const hostAllowed = [`${loopback}:${apiPort}`, `localhost:${apiPort}`].includes(request.headers.host ?? "");
  if (!hostAllowed || request.socket.remoteAddress !== loopback) {
    response.writeHead(403).end();
    return;
  }
  const url = new URL(request.url ?? "/", `http://${loopback}`);
  const route = `${request.method} ${url.pathname}`;
  if (route === "GET /messages") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(await catcher.messages()));
  } else if (route === "POST /clear") {
    await catcher.clear();
    response.writeHead(204).end();
  } else if (route === "POST /refusing" && ["0", "1"].includes(url.searchParams.get("on") ?? "")) {
    await catcher.setRefusing(url.searchParams.get("on") === "1");
    response.writeHead(204).end();
  } else {
    response.writeHead(404).end();
  }
}

function displayAddress(sender?: { name: string; address?: string }): string {
  if (!sender) return "";
  return sender.name ? `${sender.name} <${sender.address ?? ""}>` : (sender.address ?? "");
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, loopback, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * A catcher with the app's mail server, address and signing secret pointed at it. env() is read once per
 * process, so call it at the top of a test file, before any of the app's modules is imported.
 */
export async function startMailCatcherForApp(): Promise<MailCatcher> {
  const catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.smtpUrl;
  process.env.APP_URL = "http://tokenbook.example.test:3000";
  process.env.AUTH_SECRET = "mail-test-secret-that-is-long-enough-for-auth";
  return catcher;
}
