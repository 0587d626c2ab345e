import { formatDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { renderEmail } from "@/lib/mail/render-email";
import type { OutgoingMail } from "@/lib/mail/send-mail";
import { checkItWorkedPath } from "@/lib/runbooks/schema";
import { mailHeaderText } from "@/lib/text/output-text";

type Failure = {
  token: { id: string; name: string; service: string };
  monitor: { keyName: string; ownerName: string };
  detail: string | null;
  since: Date;
  timeZone: string;
  recipient: { name: string; email: string };
};

/** A monitor sees the token fail: what it saw, since when, and the runbook's check to do now. */
export function monitorFailingEmail({ token, monitor, detail, since, timeZone, recipient }: Failure): OutgoingMail {
  const when = formatDateTime(since, timeZone);
  const { text, html } = renderEmail({
    preheader: `A monitor reports “${token.name}” failing since ${when}.`,
    heading: `A monitor reports “${token.name}” failing`,
    paragraphs: [
      `Hello ${recipient.name},`,
      `The monitor using the API key “${monitor.keyName}” (of ${monitor.ownerName}) reports that the ${token.service} token “${token.name}” is failing since ${when}.`,
      ...(detail ? [`What it saw: “${detail}”`] : []),
      "Please look now: follow “How to check it worked” in the token's runbook. If the token expired or was switched off, replace it with the runbook's steps. The notice goes away by itself when the monitor reports it working again.",
      "You get this email once for this failure, however often the monitor repeats it.",
    ],
    button: { label: "Open “How to check it worked”", url: `${env().APP_URL}${checkItWorkedPath(token.id)}` },
    details: [
      ["Token", token.name],
      ["Service", token.service],
      ["Failing since", when],
      ["Reported by", `API key “${monitor.keyName}” of ${monitor.ownerName}`],
    ],
    footer: "You get this email because you own or back up this token in Tokenbook.",
  });
  return {
    to: recipient.email,
    subject: `Failing: “${mailHeaderText(token.name, 120)}” (${mailHeaderText(token.service, 60)}) — a monitor reports it`,
    text,
    html,
    kind: "monitor-failing",
  };
}
