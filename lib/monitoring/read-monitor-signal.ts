import type { z } from "zod";
import { InvalidInputError } from "@/lib/errors";
import { capLength, foldControlsKeepLines } from "@/lib/text/fold-text";
import { parseInput } from "@/lib/validation/parse-input";
import { grafanaWebhookSchema, longestSignalDetail, tokenbookSignalSchema, uptimeKumaWebhookSchema } from "./schema";

export type SignalSource = "tokenbook" | "uptime-kuma" | "grafana";

/** A signal in Tokenbook's terms, whichever monitor sent it. */
export type MonitorSignal = { kind: "failing" | "ok" | "ignored"; detail: string | null; source: SignalSource };

const notUnderstood = () =>
  new InvalidInputError("This signal was not understood.", {
    kind: 'Send {"kind": "failing" or "ok", "detail": "…"}, or point an Uptime Kuma or Grafana webhook here unchanged.',
  });

// A monitor's words are shortened rather than refused: the monitor cannot rephrase its alarm.
const words = (...parts: (string | null | undefined)[]) => {
  const joined = parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(": ");
  return joined ? capLength(foldControlsKeepLines(joined), longestSignalDetail) : null;
};

function fromUptimeKuma(body: z.output<typeof uptimeKumaWebhookSchema>): MonitorSignal {
  const status = body.heartbeat?.status;
  const kind = status === 0 ? "failing" : status === 1 ? "ok" : "ignored";
  return {
    kind,
    detail: kind === "ignored" ? null : words(body.monitor?.name, body.heartbeat?.msg ?? body.msg),
    source: "uptime-kuma",
  };
}

function fromGrafana(body: z.output<typeof grafanaWebhookSchema>): MonitorSignal {
  const state = (body.status ?? body.state ?? "").toLowerCase();
  const kind = ["firing", "alerting"].includes(state)
    ? "failing"
    : ["resolved", "ok"].includes(state)
      ? "ok"
      : "ignored";
  const first = body.alerts?.[0];
  // The newer payload's `message` is a long template full of links; the first alert's summary says it in a line.
  const said = first ? (first.annotations?.summary ?? first.annotations?.description) : body.message;
  return {
    kind,
    detail: kind === "ignored" ? null : words(body.title ?? body.ruleName ?? first?.labels?.alertname, said),
    source: "grafana",
  };
}

/** Tokenbook's own body, or an Uptime Kuma or Grafana webhook told apart by its fields. */
export function readMonitorSignal(body: Record<string, unknown>): MonitorSignal {
  if ("kind" in body) {
    const own = parseInput(tokenbookSignalSchema, body);
    return { kind: own.kind, detail: own.detail || null, source: "tokenbook" };
  }
  if ("heartbeat" in body) return fromUptimeKuma(parseInput(uptimeKumaWebhookSchema, body));
  if ("alerts" in body || "status" in body || "state" in body)
    return fromGrafana(parseInput(grafanaWebhookSchema, body));
  throw notUnderstood();
}
