import type { Metadata } from "next";
import { MyTokenList } from "@/components/ownership/my-token-list";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/auth/load-for-page";
import { listMyTokens } from "@/lib/ownership/list-my-tokens";

export const metadata: Metadata = { title: "My tokens" };

export default async function MyTokensPage() {
  const now = new Date();
  const page = await loadForPage((actor) => listMyTokens(actor, now));
  if (page.refused) return null;
  const tokens = page.data;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">My tokens</h1>
        <p className="text-slate-700">
          {tokens.length === 0
            ? "The tokens you own or back up."
            : `You own or back up ${tokens.length === 1 ? "1 token" : `${tokens.length} tokens`}. What needs you first is at the top.`}
        </p>
      </div>
      {tokens.length === 0 ? (
        <Card>
          <p className="text-slate-700">You don&apos;t own or back up any token yet. When an admin or a colleague names you, it shows here and you get an email.</p>
        </Card>
      ) : (
        <MyTokenList tokens={tokens} now={now} />
      )}
    </div>
  );
}
