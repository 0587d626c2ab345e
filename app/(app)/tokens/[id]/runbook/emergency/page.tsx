import type { Metadata } from "next";
import Link from "next/link";
import { IncidentNotice } from "@/components/incidents/incident-notice";
import { MarkRevokedForm } from "@/components/incidents/mark-revoked-form";
import { ReportCompromisedForm } from "@/components/incidents/report-compromised-form";
import { RunProgress } from "@/components/runs/run-progress";
import { StartRunForm } from "@/components/runs/start-run-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { isLeakOpen } from "@/lib/incidents/leak-state";
import { getRunbook } from "@/lib/runbooks/get-runbook";
import { loadRunbookPage } from "@/lib/runbooks/load-runbook-page";
import { getActiveRun } from "@/lib/runs/get-run";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "Emergency: leaked token" };

export default async function EmergencyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ reported?: string }>;
}) {
  const { id } = await params;
  const { reported } = await searchParams;
  const { token, editable, runbook, run, timeZone } = await loadRunbookPage(async (actor) => {
    const [page, run, timeZone] = await Promise.all([getRunbook(actor, id), getActiveRun(actor, id), readTimeZone()]);
    return { ...page, run, timeZone };
  });
  const base = `/tokens/${token.id}/runbook`;
  const revoked = token.state === "revoked";
  const open = isLeakOpen(token);
  return (
    <div className="space-y-6">
      <Link href={`/tokens/${token.id}`} className="text-sm text-brand-700 underline">
        ← Back to the token
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">Emergency: “{token.name}” may have leaked</h1>
        <p className="text-slate-700">
          First switch it off, then replace it. {token.owner.name} owns it
          {token.backup ? `; ${token.backup.name} is the backup` : ""}.
        </p>
      </div>
      {reported && <Notice tone="success">Reported. The owner, the backup and every admin have been emailed.</Notice>}
      <IncidentNotice token={token} timeZone={timeZone} />
      {!open ? (
        <Card className="space-y-3">
          <p>This token is not reported as compromised.</p>
          {token.state === "active" && <ReportCompromisedForm tokenId={token.id} name={token.name} />}
        </Card>
      ) : (
        <ol className="space-y-6">
          <li>
            <Card className="space-y-3">
              <h2 className="text-lg font-semibold">
                <span aria-hidden="true">{revoked ? "✓ " : "1. "}</span>
                <span className="sr-only">Step 1{revoked ? ", done" : ""}: </span>Switch it off (revoke it)
              </h2>
              {revoked ? (
                <p>Done: Tokenbook has recorded that it was revoked.</p>
              ) : (
                <>
                  <p>
                    Sign in to {token.service}
                    {token.consoleUrl && (
                      <>
                        {" "}
                        (
                        <a
                          href={token.consoleUrl}
                          target="_blank"
                          rel="noopener noreferrer nofollow"
                          className="text-brand-700 underline"
                        >
                          the console<span className="sr-only"> (opens in a new tab)</span>
                        </a>
                        )
                      </>
                    )}{" "}
                    and revoke or delete the token, even if something stops working for a while. Then record it here.
                  </p>
                  {editable ? (
                    <MarkRevokedForm tokenId={token.id} />
                  ) : (
                    <Notice>Only the owner, the backup or an admin can mark it revoked. They have been emailed.</Notice>
                  )}
                </>
              )}
            </Card>
          </li>
          <li>
            <Card className="space-y-3">
              <h2 className="text-lg font-semibold">
                <span aria-hidden="true">2. </span>
                <span className="sr-only">Step 2: </span>Make a new one and put it in place
              </h2>
              {run ? (
                <>
                  <RunProgress run={run} timeZone={timeZone} />
                  <Link href={`${base}/run`} className="inline-block text-brand-700 underline">
                    Open the checklist
                  </Link>
                </>
              ) : !runbook ? (
                <p>
                  There is no runbook for this token yet.{" "}
                  {editable && (
                    <Link href={base} className="text-brand-700 underline">
                      Start one from a template
                    </Link>
                  )}
                </p>
              ) : editable ? (
                <>
                  <p>
                    The emergency replacement follows this token&apos;s runbook. Finishing it asks for the new expiry
                    date and puts the token back in use.
                  </p>
                  <StartRunForm tokenId={token.id} kinds={["emergency"]} />
                </>
              ) : (
                <p>The owner, the backup or an admin replaces it by following its runbook.</p>
              )}
            </Card>
          </li>
        </ol>
      )}
    </div>
  );
}
