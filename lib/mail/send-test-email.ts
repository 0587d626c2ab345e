import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, isAdmin } from "@/lib/auth/authorize";
import { env } from "@/lib/env";
import { InvalidInputError } from "@/lib/errors";
import { renderEmail } from "./render-email";
import { sendMail } from "./send-mail";

/** Admins check the mail settings by sending themselves (or anyone) a short email. */
export async function sendTestEmail(actor: Actor | null, to: string): Promise<{ ok: boolean; message: string }> {
  const admin = await authorize(actor, "mail.send_test", isAdmin);
  const address = z.email().safeParse(to.trim());
  if (!address.success) {
    const message = "Enter one email address, such as name@example.com.";
    throw new InvalidInputError(message, { to: message });
  }
  const { text, html } = renderEmail({
    preheader: "Tokenbook can send email.",
    heading: "Tokenbook test email",
    paragraphs: [
      `${admin.name} sent this test from Tokenbook to check that email works.`,
      "If you can read it, reminders and sign-in links can reach this address. There is nothing else to do.",
    ],
    footer: `Sent by Tokenbook at ${env().APP_URL}`,
  });
  const result = await sendMail(
    { to: address.data, subject: "Tokenbook test email", text, html, kind: "test" },
    { retry: false },
  );
  if (result.status === "sent")
    return { ok: true, message: `The mail server accepted the test email for ${address.data}.` };
  if (result.status === "kept") {
    return {
      ok: false,
      message: "Tokenbook has no mail server set (SMTP_URL), so the test email was kept in the outbox.",
    };
  }
  return { ok: false, message: `The test email to ${address.data} was not sent. ${result.error}` };
}
