import { z } from "zod";

// The three bodies POST /api/v1/tokens/{id}/signals understands: Tokenbook's own, and the webhooks
// Uptime Kuma and Grafana send as they come (only the fields read here are described; others pass).

export const signalDetailLabel = "What the monitor saw";
export const longestSignalDetail = 1000;

export const tokenbookSignalSchema = z
  .object({
    kind: z.enum(["failing", "ok"], "Send kind as “failing” or “ok”.").meta({
      description: "“failing”: the monitor sees the token fail. “ok”: it works again, and the notice goes away.",
    }),
    detail: z
      .string("Send detail as text, like “HubSpot answered 401 Unauthorized”.")
      .trim()
      .max(longestSignalDetail, `Keep detail under ${longestSignalDetail} characters.`)
      .optional()
      .meta({
        description: "What the monitor saw, in a line or two. Never the secret itself.",
        example: "HubSpot answered 401 Unauthorized",
      }),
  })
  .meta({
    id: "MonitorSignal",
    description: "Tokenbook's own signal.",
    example: { kind: "failing", detail: "HubSpot answered 401 Unauthorized" },
  });

// A field that is not what the monitor sends is named in the refusal, with what to do about it.
const notKuma = (field: string) =>
  `${field} is not what Uptime Kuma sends. Point Uptime Kuma's webhook here unchanged (body type JSON).`;
const notGrafana = (field: string) =>
  `${field} is not what Grafana sends. Point Grafana's webhook contact point here unchanged.`;
const text = (message: string) => z.string(message).nullish();

export const uptimeKumaWebhookSchema = z
  .looseObject({
    heartbeat: z
      .looseObject(
        {
          status: z
            .number(notKuma("heartbeat.status"))
            .int(notKuma("heartbeat.status"))
            .meta({ description: "0 down → failing, 1 up → ok; 2 pending and 3 maintenance are ignored." }),
          msg: text(notKuma("heartbeat.msg")),
        },
        notKuma("heartbeat"),
      )
      .nullable()
      .meta({ description: "null in Uptime Kuma's “Test” notification, which is answered but changes nothing." }),
    monitor: z.looseObject({ name: text(notKuma("monitor.name")) }, notKuma("monitor")).nullish(),
    msg: text(notKuma("msg")),
  })
  .meta({
    id: "UptimeKumaWebhook",
    description: "Uptime Kuma's webhook notification (body type JSON), unchanged.",
    example: {
      heartbeat: { status: 0, msg: "Request failed with status code 401" },
      monitor: { name: "HubSpot API" },
      msg: "[HubSpot API] [🔴 Down] Request failed with status code 401",
    },
  });

const grafanaAlert = z.looseObject(
  {
    status: text(notGrafana("An alert's status")),
    labels: z.record(z.string(), z.string(notGrafana("An alert's label")), notGrafana("An alert's labels")).nullish(),
    annotations: z
      .record(z.string(), z.string(notGrafana("An alert's annotation")), notGrafana("An alert's annotations"))
      .nullish(),
  },
  notGrafana("Each of alerts"),
);

export const grafanaWebhookSchema = z
  .looseObject({
    status: text(notGrafana("status")).meta({ description: "“firing” → failing, “resolved” → ok." }),
    state: text(notGrafana("state")).meta({
      description: "Read when status is missing (older Grafana): “alerting” → failing, “ok” → ok; others are ignored.",
    }),
    title: text(notGrafana("title")),
    ruleName: text(notGrafana("ruleName")),
    message: text(notGrafana("message")),
    alerts: z.array(grafanaAlert, notGrafana("alerts")).nullish(),
  })
  .meta({
    id: "GrafanaWebhook",
    description: "Grafana's webhook contact point, unchanged.",
    example: {
      receiver: "Tokenbook",
      status: "firing",
      state: "alerting",
      title: "[FIRING:1] HubSpot token check",
      alerts: [
        {
          status: "firing",
          labels: { alertname: "HubSpot token check" },
          annotations: { summary: "HubSpot answered 401 Unauthorized" },
        },
      ],
    },
  });

export const monitorSignalBodySchema = z
  .union([tokenbookSignalSchema, uptimeKumaWebhookSchema, grafanaWebhookSchema])
  .meta({ description: "Tokenbook's own signal, or an Uptime Kuma or Grafana webhook as they send it." });

export const monitorSignalResultSchema = z
  .object({
    tokenId: z.string(),
    understood: z.enum(["failing", "ok", "ignored"]).meta({
      description:
        "What the signal was read as. Uptime Kuma's pending, maintenance and test messages and Grafana's other states are ignored.",
    }),
    failing: z.boolean().meta({ description: "Whether a monitor now reports the token failing." }),
    failingSince: z
      .string()
      .nullable()
      .meta({ description: "When the first “failing” signal of this failure came (ISO 8601)." }),
    detail: z.string().nullable().meta({ description: "What the first “failing” signal said." }),
    signalCount: z
      .number()
      .int()
      .meta({ description: "How many “failing” signals this failure has had; 0 when not failing." }),
    told: z.boolean().meta({
      description:
        "true when this signal opened the failure and the owner and backup were emailed. Repeats tell nobody again.",
    }),
  })
  .meta({ id: "MonitorSignalResult" });
