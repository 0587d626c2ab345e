/** Tries per message, counting the first; then it is marked failed. */
export const maxDeliveryAttempts = 5;

const retryDelaysMinutes = [1, 5, 15, 60];

/** When a message that failed its `attempts`-th try is due again. */
export function nextAttemptAt(attempts: number, now: Date): Date {
  const minutes = retryDelaysMinutes[Math.min(attempts, retryDelaysMinutes.length) - 1];
  return new Date(now.getTime() + minutes * 60_000);
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
