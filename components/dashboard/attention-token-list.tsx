import Link from "next/link";
import type { AttentionCategory } from "@/lib/dashboard/list-attention";
import { formatDateWithDistance } from "@/lib/dates/format-date";

const person = (who: { name: string; active: boolean }) => `${who.name}${who.active ? "" : " (deactivated)"}`;

/** The first few tokens of a card, soonest expiry first, with a link to all of them when there are more. */
export function AttentionTokenList({ category, now }: { category: AttentionCategory; now: Date }) {
  return (
    <>
      <ul className="mt-3 space-y-2 border-t border-slate-200 pt-3 text-sm">
        {category.tokens.map((token) => (
          <li key={token.id}>
            <Link href={`/tokens/${token.id}`} className="font-medium text-brand-700 underline underline-offset-2">
              {token.name}
            </Link>
            <span className="block text-slate-700">
              {token.expiresOn ? `Expires ${formatDateWithDistance(token.expiresOn, now)}` : "Does not expire"} · Owner{" "}
              {person(token.owner)}
              {token.backup ? ` · Backup ${person(token.backup)}` : " · No backup"}
            </span>
          </li>
        ))}
      </ul>
      {category.count > category.tokens.length && (
        <Link href={category.href} className="mt-3 text-sm text-brand-700 underline underline-offset-2">
          See all {category.count.toLocaleString("en-GB")}
        </Link>
      )}
    </>
  );
}
