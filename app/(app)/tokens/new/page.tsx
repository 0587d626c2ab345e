import type { Metadata } from "next";
import { AccessRefused } from "@/components/layout/access-refused";
import { TokenFormWhenUsed } from "@/components/token-form/token-form-when-used";
import { loadForPage } from "@/lib/auth/load-for-page";
import { createTokenAction } from "@/lib/tokens/actions";
import { emptyTokenFormValues } from "@/lib/tokens/token-form-values";
import { tokenFormOptions } from "@/lib/tokens/token-form-options";

export const metadata: Metadata = { title: "New token" };

export default async function NewTokenPage() {
  const page = await loadForPage(tokenFormOptions);
  if (page.refused) return <AccessRefused what="adding tokens" who="Only editors and admins can add tokens." />;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New token</h1>
        <p className="text-slate-700">
          Record where a token lives and who answers for it. Never paste the token itself.
        </p>
      </div>
      <TokenFormWhenUsed
        defaultValues={emptyTokenFormValues(page.actor.id)}
        people={page.data.people}
        teams={page.data.teams}
        today={page.data.today}
        save={createTokenAction}
        canPromote={page.data.canPromote}
        submitLabel="Save token"
        cancelHref="/tokens"
      />
    </div>
  );
}
