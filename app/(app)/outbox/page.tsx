import type { Metadata } from "next";
import Link from "next/link";
import { AccessRefused } from "@/components/layout/access-refused";
import { OutboxStatusBadge, outboxStatusLabel } from "@/components/outbox/outbox-status";
import { SendAgainForm } from "@/components/outbox/send-again-form";
import { TestEmailForm } from "@/components/outbox/test-email-form";
import { Card } from "@/components/ui/card";
import { Cell, EmptyRow, Table, TableBody, TableFrame, TableHead } from "@/components/ui/table";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/auth/load-for-page";
import { formatDateTime } from "@/lib/dates/format-date";
import { outboxStatuses, type OutboxStatus } from "@/lib/mail/outbox-statuses";
import { listOutbox } from "@/lib/mail/list-outbox";
import { mailMode } from "@/lib/mail/transport";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "Outbox" };

type Search = { status?: string; cursor?: string };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const status = outboxStatuses.includes(search.status as OutboxStatus) ? (search.status as OutboxStatus) : undefined;
  const cursor = typeof search.cursor === "string" && search.cursor ? search.cursor : undefined;
  const [page, timeZone] = await Promise.all([
    loadForPage((actor) => listOutbox(actor, { status, cursor })),
    readTimeZone(),
  ]);
  if (page.refused) return <AccessRefused what="the Outbox" />;
  const { messages, nextCursor } = page.data;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p className="text-slate-700">
          Every email and chat or webhook message Tokenbook sends or keeps, with what happened to it.
        </p>
      </div>
      {mailMode() === "outbox" && (
        <Notice tone="warning">
          No mail server is set (<code>SMTP_URL</code>), so emails are kept here instead of being sent. Sign-in links
          are printed in the server log.
        </Notice>
      )}
      <Card>
        <TestEmailForm defaultTo={page.actor.email} />
      </Card>
      {status === "failed" && messages.length > 0 && <SendAgainForm />}
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...outboxStatuses].map((value) => (
          <Link
            key={value ?? "all"}
            href={value ? `/outbox?status=${value}` : "/outbox"}
            aria-current={value === status ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
          >
            {value ? outboxStatusLabel(value) : "All"}
          </Link>
        ))}
      </nav>
      <TableFrame label="Emails and chat messages">
        <Table caption="Emails and chat messages, newest first">
          <TableHead columns={["When", "To", "Subject", "Status", "Attempts"]} />
          <TableBody>
            {messages.length === 0 && <EmptyRow columns={5}>No emails here yet.</EmptyRow>}
            {messages.map((message) => (
              <tr key={message.id} className="align-top">
                <Cell className="whitespace-nowrap">{formatDateTime(message.createdAt, timeZone)}</Cell>
                <Cell>{message.to}</Cell>
                <Cell>
                  <details>
                    <summary className="cursor-pointer">{message.subject}</summary>
                    <pre className="mt-2 max-w-xl whitespace-pre-wrap font-sans text-slate-700">{message.text}</pre>
                  </details>
                </Cell>
                <Cell>
                  <OutboxStatusBadge status={message.status} />
                  {message.lastError && <p className="mt-1 max-w-xs text-slate-700">{message.lastError}</p>}
                  {message.status === "queued" && message.nextAttemptAt && (
                    <p className="mt-1 text-slate-600">Next try {formatDateTime(message.nextAttemptAt, timeZone)}</p>
                  )}
                  {message.status === "failed" && message.text !== "" && (
                    <SendAgainForm id={message.id} subject={message.subject} />
                  )}
                </Cell>
                <Cell>{message.attempts}</Cell>
              </tr>
            ))}
          </TableBody>
        </Table>
      </TableFrame>
      {nextCursor && (
        <Link
          href={`/outbox?${new URLSearchParams({ ...(status ? { status } : {}), cursor: nextCursor })}`}
          className="text-brand-700 underline"
        >
          Older emails
        </Link>
      )}
    </div>
  );
}
