import Link from "next/link";
import { TokenStatusBadge } from "@/components/token-status/token-status-badge";
import { formatDateWithDistance } from "@/lib/dates/format-date";
import type { MyToken } from "@/lib/ownership/list-my-tokens";
import { criticalityLabels, environmentLabels } from "@/lib/tokens/schema";

const person = (p: MyToken["backup"]) => (p ? `${p.name}${p.active ? "" : " (deactivated)"}` : null);

/** The signed-in person's tokens as cards, most urgent first, readable at phone width. */
export function MyTokenList({ tokens, now, nameHeading: NameHeading = "h2" }: { tokens: MyToken[]; now: Date; nameHeading?: "h2" | "h3" }) {
  return (
    <ul className="space-y-3" aria-label="Your tokens">
      {tokens.map((token) => {
        const partner = token.role === "owner" ? person(token.backup) : person(token.owner);
        return (
          <li key={token.id} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-[1fr_auto]">
            <div className="space-y-1">
              <NameHeading className="text-base font-medium">
                <Link href={`/tokens/${token.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
                  {token.name}
                </Link>
              </NameHeading>
              <p className="text-slate-600">
                {token.service} · {environmentLabels[token.environment]} · {criticalityLabels[token.criticality]} criticality
              </p>
              <p className="text-slate-900">
                <span className="font-medium">You are the {token.role}.</span>{" "}
                {token.role === "owner" ? (partner ? `Backup: ${partner}` : "Nobody backs you up yet.") : `Owner: ${partner}`}
              </p>
              <p className="text-slate-900">{token.expiresOn ? `Expires ${formatDateWithDistance(token.expiresOn, now)}` : "Does not expire"}</p>
            </div>
            <div>
              <TokenStatusBadge status={token.status} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
