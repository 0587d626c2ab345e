import { formatDateWithDistance } from "@/lib/dates/format-date";
import type { MyToken } from "@/lib/ownership/list-my-tokens";
import { criticalityLabels, environmentLabels } from "@/lib/tokens/schema";
import { type MyTokenCard, MyTokenCards } from "./my-token-cards";

const person = (p: MyToken["backup"]) => (p ? `${p.name}${p.active ? "" : " (deactivated)"}` : null);

function card(token: MyToken, now: Date): MyTokenCard {
  const partner = token.role === "owner" ? person(token.backup) : person(token.owner);
  return {
    id: token.id,
    name: token.name,
    details: `${token.service} · ${environmentLabels[token.environment]} · ${criticalityLabels[token.criticality]} criticality`,
    role: `You are the ${token.role}.`,
    partner:
      token.role === "owner" ? (partner ? `Backup: ${partner}` : "Nobody backs you up yet.") : `Owner: ${partner}`,
    expires: token.expiresOn ? `Expires ${formatDateWithDistance(token.expiresOn, now)}` : "Does not expire",
    status: token.status,
  };
}

/** The signed-in person's tokens as cards, most urgent first, readable at phone width. */
export function MyTokenList({
  tokens,
  now,
  nameHeading = "h2",
}: {
  tokens: MyToken[];
  now: Date;
  nameHeading?: "h2" | "h3";
}) {
  return <MyTokenCards cards={tokens.map((token) => card(token, now))} nameHeading={nameHeading} />;
}
