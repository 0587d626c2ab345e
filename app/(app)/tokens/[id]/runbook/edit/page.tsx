import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccessRefused } from "@/components/layout/access-refused";
import { FormattingHelp } from "@/components/runbook/formatting-help";
import { RunbookEditorWhenUsed } from "@/components/runbook/runbook-editor-when-used";
import { getRunbook } from "@/lib/runbooks/get-runbook";
import { loadRunbookPage } from "@/lib/runbooks/load-runbook-page";

export const metadata: Metadata = { title: "Edit runbook" };

export default async function EditRunbookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { token, editable, runbook } = await loadRunbookPage((actor) => getRunbook(actor, id));
  if (!editable)
    return (
      <AccessRefused
        what="this runbook's editor"
        who="Only the token's owner, its backup and admins can change its runbook."
      />
    );
  if (!runbook) redirect(`/tokens/${token.id}/runbook`);
  const consoleLink = token.consoleUrl
    ? { url: token.consoleUrl, markdown: `[Open the ${token.service} console](<${token.consoleUrl}>)` }
    : null;
  return (
    <div className="space-y-6">
      <Link href={`/tokens/${token.id}/runbook`} className="text-sm text-brand-700 underline">
        ← Back to the runbook
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">Edit the runbook: {token.name}</h1>
        <p className="text-slate-700">
          Sections 1–3 (where it is stored, who owns it, when it expires) come from the token itself: change them by
          editing the token.
        </p>
      </div>
      <RunbookEditorWhenUsed
        tokenId={token.id}
        steps={runbook}
        version={runbook.updatedAt.toISOString()}
        consoleLink={consoleLink}
        cancelHref={`/tokens/${token.id}/runbook`}
        help={<FormattingHelp />}
      />
    </div>
  );
}
