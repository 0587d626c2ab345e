"use client";

import Link from "next/link";
import { TokenStatusBadge } from "@/components/token-status/token-status-badge";
import type { TokenStatus } from "@/lib/tokens/token-status";

/** One card's words, worked out on the server (MyTokenList). */
export type MyTokenCard = {
  id: string;
  name: string;
  details: string;
  role: string;
  partner: string;
  expires: string;
  status: TokenStatus;
};

// Styled once on the list, not on each of up to a hundred cards.
const cardList = [
  "space-y-3 text-sm text-slate-900 [&_strong]:font-medium [&_h2]:text-base [&_h2]:font-medium [&_h3]:text-base",
  "[&_h3]:font-medium [&_h2_a]:text-brand-700 [&_h3_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2",
  "[&_a:hover]:text-brand-900 [&>li]:grid [&>li]:gap-3 [&>li]:rounded-xl [&>li]:border [&>li]:border-slate-200",
  "[&>li]:bg-white [&>li]:p-4 [&>li]:shadow-sm sm:[&>li]:grid-cols-[1fr_auto] [&>li>div:first-child]:space-y-1",
].join(" ");

/**
 * The person's tokens as cards, readable at phone width. A client component only so that React's
 * payload carries each card's words once, not the whole list of cards a second time.
 */
export function MyTokenCards({ cards, nameHeading: NameHeading }: { cards: MyTokenCard[]; nameHeading: "h2" | "h3" }) {
  return (
    <ul className={cardList} aria-label="Your tokens">
      {cards.map((card) => (
        <li key={card.id}>
          <div>
            <NameHeading>
              <Link href={`/tokens/${card.id}`}>{card.name}</Link>
            </NameHeading>
            <p className="text-slate-600">{card.details}</p>
            <p>
              <strong>{card.role}</strong> {card.partner}
            </p>
            <p>{card.expires}</p>
          </div>
          <div>
            <TokenStatusBadge status={card.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
