import { env } from "@/lib/env";
import { InvalidInputError } from "@/lib/errors";
import { checkAddress, OutgoingRequestError } from "./safe-post";

/**
 * Checks an address typed into a form (https://, no credentials, not private): a refusal is the `url` field's message.
 */
export function checkFormAddress(url: string): void {
  try {
    checkAddress(url, env().WEBHOOKS_ALLOW_PRIVATE_ADDRESSES);
  } catch (error) {
    if (error instanceof OutgoingRequestError)
      throw new InvalidInputError("Some details need fixing; nothing was saved.", { url: error.message });
    throw error;
  }
}
