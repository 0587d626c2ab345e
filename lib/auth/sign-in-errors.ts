import { signInRequestAnswer, waitMessage } from "./request-sign-in-link";

/** Auth.js reports problems as a code in the URL; these are the words people see instead. */
const messages: Record<string, string> = {
  Verification:
    "That sign-in link has expired or was already used. Links work once, for 10 minutes. Ask for a new one below.",
  AccessDenied:
    "That account can't sign in to Tokenbook. Ask an admin to invite you, or check that your invitation is still active.",
  OAuthAccountNotLinked:
    "That single sign-on account doesn't match an invited person. Ask an admin to check your email address.",
};

export function signInErrorMessage(code: string | string[] | undefined) {
  if (!code) return null;
  const key = Array.isArray(code) ? code[0] : code;
  return messages[key] ?? "Signing in didn't work. Please try again, or ask for a new link.";
}

/** The answer to a request that came in through Auth.js's own endpoint, shown on the sign-in page. */
export function signInAnswerMessage(
  search: Record<string, string | string[] | undefined>,
): { tone: "success" | "warning"; message: string } | null {
  const wait = typeof search.wait === "string" && /^\d{1,2}$/.test(search.wait) ? Number(search.wait) : null;
  if (wait) return { tone: "warning", message: waitMessage(wait) };
  return search.requested === "1" ? { tone: "success", message: signInRequestAnswer } : null;
}
