import { env } from "@/lib/env";
import { renderEmail } from "@/lib/mail/render-email";
import { sendMail } from "@/lib/mail/send-mail";
import { roleLabels } from "./schema";

type Invitation = { name: string; email: string; role: keyof typeof roleLabels; invitedBy: string; link: string };

export async function sendInvitationEmail(invitation: Invitation) {
  const role = roleLabels[invitation.role];
  const { text, html } = renderEmail({
    preheader: `${invitation.invitedBy} invited you to Tokenbook.`,
    heading: `${invitation.invitedBy} invited you to Tokenbook`,
    paragraphs: [
      `Hello ${invitation.name},`,
      "Tokenbook is where your company keeps track of its API tokens: who owns each one, when it expires and how to replace it.",
      `You have been invited as ${role.label.toLowerCase()}: ${role.description}`,
      "The button below signs you in. It works once, for the next 7 days. After that, ask for a sign-in link on the sign-in page.",
    ],
    button: { label: "Accept the invitation", url: invitation.link },
    details: [["Tokenbook address", env().APP_URL]],
    footer: "Not expecting this? You can ignore this email.",
  });
  return sendMail(
    {
      to: invitation.email,
      subject: `${invitation.invitedBy} invited you to Tokenbook`,
      text,
      html,
      kind: "invitation",
    },
    { redact: [invitation.link] },
  );
}
