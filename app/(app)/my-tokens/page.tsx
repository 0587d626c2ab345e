import type { Metadata } from "next";
import Link from "next/link";
import { MyTokenList } from "@/components/ownership/my-token-list";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { listMyTokens } from "@/lib/ownership/list-my-tokens";

export const metadata: Metadata = { title: "My tokens" };

export default async function MyTokensPage() {
  const now = new Date();
  const page = await loadForPage((actor) => listMyTokens(actor, now), { key: ["my-tokens"], now });
  if (page.refused) return null;
  const { total, tokens, allHref } = page.data;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">My tokens</h1>
        <p className="text-slate-700">
          {total === 0
            ? "The tokens you own or back up."
            : `You own or back up ${total === 1 ? "1 token" : `${total.toLocaleString("en-GB")} tokens`}. What needs you first is at the top.`}
        </p>
        {total > tokens.length && (
          <p className="text-slate-700">
            These are the {tokens.length} most urgent.{" "}
            <Link href={allHref} className="text-brand-700 underline underline-offset-2">
              See all {total.toLocaleString("en-GB")} in the token list
            </Link>
          </p>
        )}
      </div>
      {tokens.length === 0 ? (
        <Card>
          <p className="text-slate-700">
            You don&apos;t own or back up any token yet. When an admin or a colleague names you, it shows here and you
            get an email.
          </p>
        </Card>
      ) : (
        <MyTokenList tokens={tokens} now={now} />
      )}
    </div>
  );
}
