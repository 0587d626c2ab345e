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

/**
 * The person's tokens as cards, readable at phone width. A client component only so that React's
 * payload carries each card's words once, not the whole list of cards a second time.
 */
export function MyTokenCards({ cards, nameHeading: NameHeading }: { cards: MyTokenCard[]; nameHeading: "h2" | "h3" }) {
  return (
    <ul className="space-y-3" aria-label="Your tokens">
      {cards.map((card) => (
        <li
          key={card.id}
          className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-[1fr_auto]"
        >
          <div className="space-y-1">
            <NameHeading className="text-base font-medium">
              <Link
                href={`/tokens/${card.id}`}
                className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                {card.name}
              </Link>
            </NameHeading>
            <p className="text-slate-600">{card.details}</p>
            <p className="text-slate-900">
              <span className="font-medium">{card.role}</span> {card.partner}
            </p>
            <p className="text-slate-900">{card.expires}</p>
          </div>
          <div>
            <TokenStatusBadge status={card.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
