import type { ReactNode } from "react";
import { formatDateWithDistance } from "@/lib/dates/format-date";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";

type Person = { name: string; email: string; active: boolean } | null;

function PersonLine({ role, person }: { role: string; person: Person }) {
  if (!person) return <p>{role}: nobody yet. Ask an admin to name one.</p>;
  return (
    <p>
      {role}: <strong>{person.name}</strong> (
      <a href={`mailto:${person.email}`} className="text-brand-700 underline">
        {person.email}
      </a>
      ){!person.active && " — deactivated, ask an admin to hand this token to someone else"}
    </p>
  );
}

function Section({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <section className="runbook-section space-y-2">
      <h2 className="text-lg font-semibold">
        {number}. {title}
      </h2>
      <div className="text-slate-900">{children}</div>
    </section>
  );
}

/** Sections 1–3 come from the token record itself, so they are never typed twice or out of date. */
export function RunbookRecordSections({ token, now }: { token: TokenWithRelations; now: Date }) {
  return (
    <>
      <Section number={1} title="Where it is stored">
        <p>{token.secretLocation}</p>
        {token.consoleUrl && (
          <p className="mt-1">
            Provider console:{" "}
            <a
              href={token.consoleUrl}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="break-all text-brand-700 underline"
            >
              {token.consoleUrl}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </p>
        )}
      </Section>
      <Section number={2} title="Who owns it, and who the backup is">
        <PersonLine role="Owner" person={token.owner} />
        <PersonLine role="Backup" person={token.backup} />
      </Section>
      <Section number={3} title="When it expires">
        <p>
          {token.expiresOn
            ? formatDateWithDistance(token.expiresOn, now)
            : "It does not expire — a risk: nobody is reminded to replace it."}
        </p>
      </Section>
    </>
  );
}
