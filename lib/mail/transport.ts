import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/lib/env";

export type MailMode = "smtp" | "outbox";

/** "smtp" when SMTP_URL is set; otherwise "outbox": nothing is sent and every message is kept for admins. */
export function mailMode(): MailMode {
  return env().SMTP_URL ? "smtp" : "outbox";
}

let transport: Transporter<SMTPTransport.SentMessageInfo> | undefined;

/** The process's one SMTP transport, made on first use from SMTP_URL. */
export function smtpTransport(): Transporter<SMTPTransport.SentMessageInfo> {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set, so Tokenbook keeps mail in the outbox instead of sending it.");
  transport ??= nodemailer.createTransport(smtpOptions(url));
  return transport;
}

/** Transport options for an SMTP_URL; refuses a URL that would switch certificate checks off. */
export function smtpOptions(url: string): SMTPTransport.Options {
  // Nodemailer applies the URL's query parameters after these options, so a bad one must be refused, not overridden.
  const check = new URL(url).searchParams.get("tls.rejectUnauthorized");
  if (check !== null && check !== "true") {
    throw new Error(
      "SMTP_URL turns off the mail server's certificate check (tls.rejectUnauthorized). Tokenbook keeps it on: remove that part. For a company certificate authority, give its certificate to Node with NODE_EXTRA_CA_CERTS.",
    );
  }
  return {
    url,
    tls: { rejectUnauthorized: true },
    // Short enough that a web request waiting on a send gets an answer; the URL may override them.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}
