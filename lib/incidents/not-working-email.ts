import { env } from "@/lib/env";
import { renderEmail } from "@/lib/mail/render-email";
import type { OutgoingMail } from "@/lib/mail/send-mail";
import { mailHeaderText } from "@/lib/text/output-text";

type Report = {
  token: { id: string; name: string; service: string };
  reportedBy: string;
  note: string;
  recipient: { name: string; email: string };
};

/** "Your token seems not to work": a light heads-up to owner and backup, not a leak alarm. */
export function notWorkingEmail({ token, reportedBy, note, recipient }: Report): OutgoingMail {
  const { text, html } = renderEmail({
    preheader: `${reportedBy} says something that uses “${token.name}” is not working.`,
    heading: `“${token.name}” may not be working`,
    paragraphs: [
      `Hello ${recipient.name},`,
      `${reportedBy} says something that runs on the ${token.service} token “${token.name}” has stopped working.`,
      ...(note ? [`What they wrote: “${note}”`] : []),
      "Please have a look. When you have, press “I've looked at it” on the token's page so they know.",
    ],
    button: { label: "Open the token", url: `${env().APP_URL}/tokens/${token.id}` },
    details: [
      ["Token", token.name],
      ["Service", token.service],
      ["Told by", reportedBy],
    ],
    footer: "You get this email because you own or back up this token in Tokenbook.",
  });
  return {
    to: recipient.email,
    subject: `Not working: “${mailHeaderText(token.name, 120)}” (${mailHeaderText(token.service, 60)})`,
    text,
    html,
    kind: "not-working",
  };
}
