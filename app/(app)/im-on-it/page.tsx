import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmAcknowledgementForm } from "@/components/reminders/confirm-acknowledgement-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime } from "@/lib/dates/format-date";
import { readAcknowledgementLink } from "@/lib/reminders/acknowledgement-link";
import { describeAcknowledgementLink } from "@/lib/reminders/describe-acknowledgement-link";
import { readTimeZone } from "@/lib/settings/read-organisation-time";

export const metadata: Metadata = { title: "I'm on it", robots: { index: false } };

type Search = Record<string, string | string[] | undefined>;

/** Where the "I'm on it" link in a reminder lands: it shows what will be recorded and waits for a press. */
export default async function ImOnItPage({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const claim = readAcknowledgementLink(query);
  const [link, timeZone] = await Promise.all([claim && describeAcknowledgementLink(claim), readTimeZone()]);
  if (!claim || !link) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-semibold">This link doesn&apos;t work</h1>
        <Notice tone="warning">
          It is incomplete, was changed, or belongs to someone who can no longer use Tokenbook. Open it again from the
          email, or ask an admin.
        </Notice>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">I&apos;m on it</h1>
      <Card className="space-y-4">
        <p>
          {link.personName}, confirm that you are handling <strong>{link.token.name}</strong> ({link.token.service}),
          due on {formatDate(link.dueOn)}. Everyone can then see it on the token page, and admins won&apos;t be chased
          about it.
        </p>
        {!link.current && (
          <Notice tone="info">
            This token&apos;s date has changed since the email was sent, so there may be nothing left to do.
          </Notice>
        )}
        {link.acknowledgedAt ? (
          <div role="status">
            <Notice tone="success">
              Thanks — you&apos;re on it since {formatDateTime(link.acknowledgedAt, timeZone)}. Everyone can see it on
              the token page, and admins won&apos;t be chased about it.
            </Notice>
          </div>
        ) : (
          <ConfirmAcknowledgementForm
            link={{ token: claim.tokenId, due: claim.dueOn, person: claim.personId, sig: String(query.sig) }}
          />
        )}
        <Link href={`/tokens/${link.token.id}`} className="text-brand-700 underline">
          Open the token (sign-in needed)
        </Link>
      </Card>
    </div>
  );
}
