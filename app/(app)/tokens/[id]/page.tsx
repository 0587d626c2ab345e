import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotWorkingPanel } from "@/components/incidents/not-working-panel";
import { MonitorFailureNotice } from "@/components/monitoring/monitor-failure-notice";
import { RunbookPanel } from "@/components/runbook/runbook-panel";
import { RetireTokenForm } from "@/components/token-detail/retire-token-form";
import { TokenFacts } from "@/components/token-detail/token-facts";
import { AutomationHookPanel } from "@/components/token-detail/automation-hook-panel";
import { getAutomationHookHint } from "@/lib/automation-hooks/manage-automation-hook";
import { TokenHistory } from "@/components/token-detail/token-history";
import { TokenRemindersPanel } from "@/components/reminders/token-reminders-panel";
import { getTokenReminders } from "@/lib/reminders/get-token-reminders";
import { TokenSummary } from "@/components/token-detail/token-summary";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/auth/load-for-page";
import { NotFoundError } from "@/lib/errors";
import { getMonitorFailure } from "@/lib/monitoring/list-monitor-failures";
import { getRunbookStatus } from "@/lib/runbooks/get-runbook-status";
import { getToken } from "@/lib/tokens/get-token";
import { getTokenHistory } from "@/lib/tokens/token-history";
import { readStatusClock } from "@/lib/tokens/read-status-clock";
import { readTimeZone } from "@/lib/settings/read-organisation-time";
import { tokenStatus } from "@/lib/tokens/token-status";

export const metadata: Metadata = { title: "Token" };

const savedMessages: Record<string, string> = {
  created: "The token was saved.",
  updated: "Your changes were saved.",
  rotated: "Rotation finished: the new dates are saved and reminders now count down to the new expiry date.",
  tested: "Practice run finished: the runbook is marked as tested today. No dates were changed.",
  rolled_back: "The run was rolled back and the reason recorded. The token's dates are unchanged.",
  abandoned: "The run was stopped. Nothing on the token changed.",
};

export default async function TokenPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const { saved } = await searchParams;
  const now = new Date();
  const page = await loadForPage(
    async (actor) => {
      const [{ token, editable }, history, runbook, reminders, failure, hookHint, clock, timeZone] = await Promise.all([
        getToken(actor, id),
        getTokenHistory(actor, id),
        getRunbookStatus(actor, id),
        getTokenReminders(actor, id, now),
        getMonitorFailure(actor, id),
        getAutomationHookHint(id),
        readStatusClock(now),
        readTimeZone(),
      ]);
      return { token, editable, history, runbook, reminders, failure, hookHint, clock, timeZone };
    },
    { key: ["token", id], now },
  ).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (page.refused) notFound();
  const { token, editable, history, runbook, reminders, failure, hookHint, clock, timeZone } = page.data;
  return (
    <div className="space-y-6">
      <Link href="/tokens" className="text-sm text-brand-700 underline">
        ← All tokens
      </Link>
      {saved && Object.hasOwn(savedMessages, saved) && <Notice tone="success">{savedMessages[saved]}</Notice>}
      <TokenSummary token={token} status={tokenStatus(token, clock)} today={clock.today} />
      <MonitorFailureNotice tokenId={token.id} failure={failure} timeZone={timeZone} />
      <NotWorkingPanel token={token} canAnswer={editable} timeZone={timeZone} />
      {editable && token.state !== "retired" && (
        <div className="flex flex-wrap items-start gap-4">
          <Link
            href={`/tokens/${token.id}/edit`}
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            Edit token
          </Link>
          <RetireTokenForm tokenId={token.id} name={token.name} />
        </div>
      )}
      <RunbookPanel
        token={token}
        hasRunbook={runbook.hasRunbook}
        activeRun={runbook.activeRun}
        editable={editable && token.state !== "retired"}
        timeZone={timeZone}
      />
      <TokenFacts token={token} />
      <TokenRemindersPanel tokenId={token.id} reminders={reminders} timeZone={timeZone} />
      {(hookHint || (editable && token.state !== "retired")) && (
        <AutomationHookPanel tokenId={token.id} hint={hookHint} editable={editable && token.state !== "retired"} />
      )}
      <TokenHistory events={history} timeZone={timeZone} />
    </div>
  );
}
