import Link from "next/link";
import type { TokenListQuery } from "@/lib/tokens/list-query";
import { hasFilters } from "./token-list-links";

type Props = { query: TokenListQuery; total: number; firstPageHref: string; canAdd: boolean };

const linkClass = "text-brand-700 underline underline-offset-2";

/** What to say when there are no rows to show, and a way back to a list that has some. */
export function TokenListEmpty({ query, total, firstPageHref, canAdd }: Props) {
  if (total > 0) {
    return (
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">This page is past the end of the list</h2>
        <p className="text-slate-700">
          There are {total.toLocaleString("en-GB")} matching tokens, all on earlier pages.
        </p>
        <Link href={firstPageHref} className={linkClass}>
          Go to the first page
        </Link>
      </div>
    );
  }
  if (hasFilters(query)) {
    return (
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">
          {query.q ? `No tokens match “${query.q}”` : "No tokens match these filters"}
        </h2>
        <p className="text-slate-700">
          {query.q
            ? "Check the spelling, or try the service name (like HubSpot), a person's name, or what the token feeds. "
            : ""}
          {query.status === "retired" ? "" : "Retired tokens are only listed when you choose the status “Retired”."}
        </p>
        <Link href="/tokens" className={linkClass}>
          Show all tokens
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <h2 className="text-lg font-semibold">No tokens yet</h2>
      <p className="text-slate-700">
        {canAdd
          ? "Add your first token, or bring in the spreadsheet you already keep."
          : "Nobody has added a token yet. Ask an admin or an editor to add them."}
      </p>
      {canAdd && (
        <p className="flex flex-wrap gap-4">
          <Link href="/tokens/new" className={linkClass}>
            Add a token
          </Link>
          <Link href="/tokens/import" className={linkClass}>
            Import from a spreadsheet
          </Link>
        </p>
      )}
    </div>
  );
}
