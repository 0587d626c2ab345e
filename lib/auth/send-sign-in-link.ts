import { renderEmail } from "@/lib/mail/render-email";
import { sendMail } from "@/lib/mail/send-mail";
import { mailMode } from "@/lib/mail/transport";
import { issueSignInLink, signInLinkMinutes } from "./issue-sign-in-link";

export async function sendSignInLink(email: string, now = new Date(), returnPath: string | null = null) {
  const link = await issueSignInLink(email, signInLinkMinutes, now, undefined, returnPath);
  const { text, html } = renderEmail({
    preheader: `Your sign-in link for Tokenbook, valid for ${signInLinkMinutes} minutes.`,
    heading: "Sign in to Tokenbook",
    paragraphs: [
      `Someone (hopefully you) asked to sign in to Tokenbook as ${email}.`,
      `The button works once, for the next ${signInLinkMinutes} minutes.`,
    ],
    button: { label: "Sign in to Tokenbook", url: link },
    footer: "If you didn't ask for this, you can ignore this email: nobody can sign in without it.",
  });
  if (mailMode() === "outbox")
    console.log(`[tokenbook] Sign-in link for ${email} (no mail server set, so it is shown here): ${link}`);
  await sendMail(
    { to: email, subject: "Your Tokenbook sign-in link", text, html, kind: "sign-in" },
    { redact: [link] },
  );
}
