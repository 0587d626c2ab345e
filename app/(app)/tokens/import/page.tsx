import type { Metadata } from "next";
import Link from "next/link";
import { ImportWizardWhenUsed } from "@/components/import/import-wizard-when-used";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/auth/load-for-page";
import { authorizeImport } from "@/lib/import/authorize-import";
import { canHoldTokens } from "@/lib/ownership/holder-rule";
import { listPeopleForPicker } from "@/lib/people/list-people-for-picker";

export const metadata: Metadata = { title: "Import tokens" };

export default async function ImportTokensPage() {
  const page = await loadForPage(authorizeImport);
  if (page.refused) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-semibold">You can&apos;t import tokens</h1>
        <Notice tone="warning">
          Only admins and editors can import tokens from a spreadsheet. If you need tokens added, ask one of your
          Tokenbook admins.
        </Notice>
        <Link href="/tokens" className="text-brand-700 underline">
          Back to the token list
        </Link>
      </div>
    );
  }
  const people = (await listPeopleForPicker(page.actor))
    .filter((person) => person.active && canHoldTokens(person.role))
    .map(({ name, email }) => ({ name, email }));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Import tokens from a spreadsheet</h1>
        <p className="text-slate-700">
          Check every row first, fix what needs fixing, then import the whole file at once. Owners and backups are
          matched by email.
        </p>
      </div>
      <ImportWizardWhenUsed canInvite={page.actor.role === "admin"} people={people} />
    </div>
  );
}
