import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessRefused } from "@/components/layout/access-refused";
import { KeysOfLeaver } from "@/components/api-keys/keys-of-leaver";
import { HandoverForm } from "@/components/ownership/handover-form";
import { presentTokenRow } from "@/components/token-table/token-table-row";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/auth/load-for-page";
import { NotFoundError } from "@/lib/errors";
import { loadHandover } from "@/lib/ownership/load-handover";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "Hand over tokens" };

const tokens = (count: number) => (count === 1 ? "1 token" : `${count} tokens`);

export default async function HandoverPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  const now = new Date();
  const [page, timeZone] = await Promise.all([
    loadForPage((actor) => loadHandover(actor, personId, now)).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    readTimeZone(),
  ]);
  if (page.refused) return <AccessRefused what="handing over tokens" />;
  const { person, candidates, tokens: held } = page.data;
  const rows = held.map((token) => ({
    ...presentTokenRow(token, now),
    leaverOwns: token.owner.id === person.id,
    leaverBacksUp: token.backup?.id === person.id,
    ownerId: token.owner.id,
    backupId: token.backup?.id ?? null,
  }));
  return (
    <div className="space-y-6">
      <Link href="/people" className="text-sm text-brand-700 underline">
        ← People
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">
          {person.active ? `${person.name} is leaving` : `${person.name} is deactivated`}
        </h1>
        <p className="text-slate-700">{person.email}</p>
      </div>
      <KeysOfLeaver person={person} keys={page.data.apiKeys} timeZone={timeZone} />
      {!person.active ? (
        <Notice tone={held.length ? "warning" : "success"}>
          {person.name} can no longer sign in.{" "}
          {held.length ? (
            <>
              {tokens(held.length)} still {held.length === 1 ? "names" : "name"} them. They are listed on the{" "}
              <Link href="/ownership" className="underline">
                Ownership page
              </Link>{" "}
              until someone takes them over.
            </>
          ) : (
            "None of their tokens was left behind."
          )}
        </Notice>
      ) : held.length === 0 ? (
        <Notice>
          {person.name} owns and backs up no tokens. Deactivate them on the{" "}
          <Link href="/people" className="underline">
            People page
          </Link>
          .
        </Notice>
      ) : (
        <>
          <p className="max-w-3xl text-slate-800">
            {person.name} owns or backs up {tokens(held.length)}. Choose who takes over each one, then deactivate{" "}
            {person.name}: both happen together, and each new owner or backup gets one email listing their tokens.
          </p>
          <HandoverForm person={person} people={candidates} rows={rows} />
        </>
      )}
    </div>
  );
}
