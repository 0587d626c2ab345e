import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessRefused } from "@/components/layout/access-refused";
import { TokenFormWhenUsed } from "@/components/token-form/token-form-when-used";
import { loadForPage } from "@/lib/auth/load-for-page";
import { NotFoundError } from "@/lib/errors";
import { updateTokenAction } from "@/lib/tokens/actions";
import { getToken } from "@/lib/tokens/get-token";
import { tokenFormValues } from "@/lib/tokens/token-form-values";
import { tokenFormOptions } from "@/lib/tokens/token-form-options";

export const metadata: Metadata = { title: "Edit token" };

export default async function EditTokenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = await loadForPage(async (actor) => {
    const [{ token, editable }, options] = await Promise.all([
      getToken(actor, id),
      tokenFormOptions(actor, { tokenId: id }),
    ]);
    return { token, editable, ...options };
  }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const who = "Only the token's owner, its backup and admins can change it.";
  if (page.refused || !page.data.editable) return <AccessRefused what="changing this token" who={who} />;
  const { token, people, teams, today } = page.data;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Edit “{token.name}”</h1>
      <TokenFormWhenUsed
        defaultValues={tokenFormValues(token)}
        people={people}
        teams={teams}
        today={today}
        save={updateTokenAction.bind(null, token.id)}
        canPromote={page.data.canPromote}
        submitLabel="Save changes"
        cancelHref={`/tokens/${token.id}`}
      />
    </div>
  );
}
