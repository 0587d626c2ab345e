/** Tries per message the mail server refused for good (5xx), counting the first; then it is marked failed. */
export const maxDeliveryAttempts = 5;

/**
 * Gaps between tries, growing: a mail server that is down or answers "try later" is tried for
 * more than three days (1 + 5 + 15 + 60 + 120 + 240 + 480 minutes, then every 12 hours five times:
 * about 75 hours), so a long outage ends in delivery, not loss.
 */
const retryDelaysMinutes = [1, 5, 15, 60, 120, 240, 480, 720, 720, 720, 720, 720];
/** Tries per message while the mail server is unreachable or answers with a temporary (4xx) refusal. */
export const maxOutageAttempts = retryDelaysMinutes.length + 1;

/** When a message that failed its `attempts`-th try is due again. */
export function nextAttemptAt(attempts: number, now: Date): Date {
  const minutes = retryDelaysMinutes[Math.min(attempts, retryDelaysMinutes.length) - 1];
  return new Date(now.getTime() + minutes * 60_000);
}

/** How many tries a message gets after this failure: many for an outage or "try later", few for a refusal. */
export function attemptsAllowed(error: unknown): number {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 ? maxDeliveryAttempts : maxOutageAttempts;
}

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };

const unreachable = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ECONNRESET"]);

/** One plain sentence for the outbox and the admin: what went wrong, without a stack trace. */
export function describeDeliveryFailure(error: unknown): string {
  const smtpError = (error instanceof Error ? error : new Error(String(error))) as SmtpError;
  const detail = oneLine(smtpError.response ?? smtpError.message);
  if (typeof smtpError.responseCode === "number") return `The mail server refused it: ${detail}.`;
  if (/certificate|self[- ]signed|ERR_TLS_CERT/i.test(`${smtpError.code} ${smtpError.message}`)) {
    return `The mail server's certificate could not be trusted: ${detail}.`;
  }
  if (smtpError.code && unreachable.has(smtpError.code)) return `Tokenbook could not reach the mail server: ${detail}.`;
  return `Sending failed: ${detail}.`;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
