import { env } from "@/lib/env";
import type { ChannelNotice } from "./channel-notice";

type LeakedToken = {
  id: string;
  name: string;
  service: string;
  owner: { name: string };
  backup: { name: string } | null;
  dependents: { name: string }[];
};

/** A leak alert as a channel reads it: what happened, what to do now, and the emergency steps. */
export function leakNotice(token: LeakedToken, reportedBy: string, note: string): ChannelNotice {
  const appUrl = env().APP_URL;
  return {
    event: "leak.reported",
    title: `“${token.name}” (${token.service}) may have leaked — switch it off now`,
    lines: [
      `${reportedBy} reported the ${token.service} token “${token.name}” as compromised: someone who should not have it may be able to use it.`,
      ...(note ? [`What they wrote: “${note}”`] : []),
      "Switch it off at the provider first, press “Mark revoked” in Tokenbook, then make a new one by following the emergency steps.",
    ],
    token: { id: token.id, name: token.name, service: token.service },
    due: null,
    stopsWorking: token.dependents.map((dependent) => dependent.name),
    owner: token.owner.name,
    backup: token.backup?.name ?? null,
    links: [
      { label: "Open the emergency steps", url: `${appUrl}/tokens/${token.id}/runbook/emergency` },
      { label: "Open the token", url: `${appUrl}/tokens/${token.id}` },
    ],
  };
}
