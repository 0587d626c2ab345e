import { after } from "next/server";
import { requestSignInLink, signInRequestAnswer, waitMessage } from "./request-sign-in-link";

/**
 * The sign-in request as answered to a person: decide, answer, and only then send the mail, so a
 * known address takes no longer than an unknown one. A mail failure is logged without the link.
 */
export async function answerSignInRequest(
  email: string,
  client: string,
  returnPath: string | null = null,
): Promise<{ sent: boolean; message: string }> {
  const outcome = await requestSignInLink(email, client, new Date(), returnPath);
  if (outcome.answer === "wait") return { sent: false, message: waitMessage(outcome.minutes) };
  const send = outcome.send;
  if (send) {
    after(() =>
      send().catch((error: unknown) => {
        console.error(
          `[tokenbook] A sign-in link could not be sent: ${error instanceof Error ? error.name : "unknown error"}.`,
        );
      }),
    );
  }
  return { sent: true, message: signInRequestAnswer };
}
