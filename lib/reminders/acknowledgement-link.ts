import { createHmac, timingSafeEqual } from "node:crypto";
import { isoDay } from "@/lib/dates/calendar-day";
import { env } from "@/lib/env";

export type AcknowledgementClaim = { tokenId: string; dueOn: string; personId: string };

function signature({ tokenId, dueOn, personId }: AcknowledgementClaim): string {
  const secret = env().AUTH_SECRET;
  if (!secret)
    throw new Error(
      "AUTH_SECRET is not set, so Tokenbook cannot sign “I'm on it” links. Start it with `npm start`, which sets one.",
    );
  // Prefixed so a signature made for this purpose can never be replayed as another kind of signed value.
  return createHmac("sha256", secret)
    .update(`tokenbook:im-on-it:v1\n${tokenId}\n${dueOn}\n${personId}`)
    .digest("base64url");
}

/**
 * The "I'm on it" address in a reminder: it names the token, its due date and the person, and proves Tokenbook made it.
 */
export function acknowledgementUrl(tokenId: string, dueOn: Date, personId: string): string {
  const claim = { tokenId, dueOn: isoDay(dueOn), personId };
  const query = new URLSearchParams({
    token: claim.tokenId,
    due: claim.dueOn,
    person: claim.personId,
    sig: signature(claim),
  });
  return `${env().APP_URL}/im-on-it?${query}`;
}

/** The claim in a link's query, or null when anything is missing or the signature does not match. */
export function readAcknowledgementLink(
  query: Record<string, string | string[] | undefined>,
): AcknowledgementClaim | null {
  const [tokenId, dueOn, personId, sig] = ["token", "due", "person", "sig"].map((name) =>
    typeof query[name] === "string" ? query[name] : "",
  );
  if (!tokenId || !personId || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || !sig) return null;
  const claim = { tokenId, dueOn, personId };
  const expected = Buffer.from(signature(claim));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? claim : null;
}
