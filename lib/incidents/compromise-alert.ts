import { env } from "@/lib/env";
import { renderEmail } from "@/lib/mail/render-email";
import { mailHeaderText } from "@/lib/text/output-text";
import type { OutgoingMail } from "@/lib/mail/send-mail";
import { environmentLabels } from "@/lib/tokens/schema";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";

type Alert = {
  token: TokenWithRelations;
  reportedBy: string;
  note: string;
  recipient: { name: string; email: string };
};

/** The email everyone who answers for a leaked token gets at once: what happened and what to do now. */
export function compromiseAlertEmail({ token, reportedBy, note, recipient }: Alert): OutgoingMail {
  const emergencyUrl = `${env().APP_URL}/tokens/${token.id}/runbook/emergency`;
  const { text, html } = renderEmail({
    preheader: `${reportedBy} reported “${token.name}” as leaked. Switch it off first, then replace it.`,
    heading: `“${token.name}” may have leaked`,
    paragraphs: [
      `Hello ${recipient.name},`,
      `${reportedBy} reported the ${token.service} token “${token.name}” as compromised: someone who should not have it may be able to use it.`,
      ...(note ? [`What they wrote: “${note}”`] : []),
      "What to do now:\n1. Switch the token off at the provider (revoke or delete it), even if something stops working for a while.\n2. In Tokenbook, press “Mark revoked” so the time is on record.\n3. Make a new one and put it in place by following the emergency steps.",
      "The owner or backup usually does this. If they are not around, an admin can.",
    ],
    button: { label: "Open the emergency steps", url: emergencyUrl },
    details: [
      ["Token", token.name],
      ["Service", `${token.service} (${environmentLabels[token.environment]})`],
      ["Owner", token.owner.name],
      ["Backup", token.backup?.name ?? "Nobody"],
      ["What stops working", token.dependents.map((d) => d.name).join(", ") || "Not written down"],
      ["Reported by", reportedBy],
    ],
    footer: "You get this email because you own, back up or administer this token in Tokenbook.",
  });
  return {
    to: recipient.email,
    subject: `Leaked token: “${mailHeaderText(token.name, 120)}” (${mailHeaderText(token.service, 60)}) — switch it off now`,
    text,
    html,
    kind: "compromise-alert",
  };
}
