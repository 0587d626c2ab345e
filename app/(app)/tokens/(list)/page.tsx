import type { Metadata } from "next";
import Link from "next/link";
import { AccessRefused } from "@/components/layout/access-refused";
import { tokenFilterChoices } from "@/components/token-table/token-filter-choices";
import { TokenFilterForm } from "@/components/token-table/token-filter-form";
import { hasFilters, searchKeeps, tokenListLinks } from "@/components/token-table/token-list-links";
import { TokenListEmpty } from "@/components/token-table/token-list-empty";
import { TokenSearchForm } from "@/components/token-table/token-search-form";
import { TokenTableWhenUsed } from "@/components/token-table/token-table-when-used";
import { presentTokenRow } from "@/components/token-table/token-table-row";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { listTeams } from "@/lib/people/list-people";
import { readChosenPeople } from "@/lib/people/search-people";
import { parseTokenListQuery } from "@/lib/tokens/list-query";
import { listTokens } from "@/lib/tokens/list-tokens";
import { canEditTokens } from "@/lib/tokens/token-access";

export const metadata: Metadata = { title: "Tokens" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function TokensPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseTokenListQuery(await searchParams);
  const now = new Date();
  const page = await loadForPage(
    async (actor) => {
      const [list, teams, people] = await Promise.all([
        listTokens(actor, query, now),
        listTeams(actor),
        readChosenPeople(actor, [query.owner]),
      ]);
      return { list, teams, people };
    },
    { key: ["tokens", query], now },
  );
  if (page.refused)
    return <AccessRefused what="the token list" who="You need to be signed in as an active Tokenbook user." />;
  const { list, teams, people } = page.data;
  const links = tokenListLinks(query, list);
  const canAdd = canEditTokens(page.actor);
  const rows = list.rows.map((row) => presentTokenRow(row, now));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Tokens</h1>
          <p className="text-slate-700">
            Every API token and service key: who owns it, who the backup is, and when it expires.
          </p>
        </div>
        {canAdd && (
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <Link href="/tokens/import" className="text-brand-700 underline underline-offset-2">
              Import from a spreadsheet
            </Link>
            <Link
              href="/tokens/new"
              className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              New token
            </Link>
          </div>
        )}
      </div>
      <TokenSearchForm defaultValue={query.q} keep={searchKeeps(query)} />
      <details
        className="group rounded-xl border border-slate-200 bg-white shadow-sm"
        open={hasFilters({ ...query, q: undefined }) || undefined}
      >
        <summary className="cursor-pointer rounded-xl px-6 py-4 font-semibold">Filter and sort</summary>
        <div className="px-6 pb-6">
          <TokenFilterForm
            query={query}
            teams={teams}
            owner={people[0]}
            clearHref={links.clearFiltersHref}
            choices={tokenFilterChoices(query)}
          />
        </div>
      </details>
      {rows.length > 0 ? (
        <TokenTableWhenUsed
          rows={rows}
          sort={{ column: query.sort ?? "expiresOn", dir: query.dir ?? "asc" }}
          sortHrefs={links.sortHrefs}
          first={list.first}
          total={list.total}
          moreThanTotal={list.moreThanTotal}
          previousHref={links.previousHref}
          nextHref={links.nextHref}
          downloads={{ csvHref: links.csvHref, xlsxHref: links.xlsxHref }}
        />
      ) : (
        <Card>
          <TokenListEmpty query={query} total={list.total} firstPageHref={links.firstPageHref} canAdd={canAdd} />
        </Card>
      )}
    </div>
  );
}
