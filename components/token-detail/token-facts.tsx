import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateWithDistance } from "@/lib/dates/format-date";
import { criticalityLabels } from "@/lib/tokens/schema";
import type { TokenWithRelations } from "@/lib/tokens/token-snapshot";

const orNone = (value: ReactNode) => value || <span className="text-slate-600">Not recorded</span>;

export function TokenFacts({ token }: { token: TokenWithRelations }) {
  const facts: [string, ReactNode][] = [
    ["Where the secret is stored", token.secretLocation],
    ["What it is for", token.purpose],
    ["Scopes or permissions", orNone(token.scopes)],
    ["How critical", criticalityLabels[token.criticality]],
    ["Issued on", orNone(token.issuedOn && formatDate(token.issuedOn))],
    ["Rotation policy", token.rotateEveryDays ? `Replace every ${token.rotateEveryDays} days` : "No policy"],
    ["Last rotated on", orNone(token.lastRotatedOn && formatDate(token.lastRotatedOn))],
    ["Next rotation due", orNone(token.rotationDueOn && formatDateWithDistance(token.rotationDueOn))],
    [
      "Provider console",
      token.consoleUrl ? (
        <a
          href={token.consoleUrl}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="break-all text-brand-700 underline"
        >
          {token.consoleUrl}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        orNone(null)
      ),
    ],
    ["Tags", orNone(token.tags.map((tag) => tag.name).join(", "))],
    ["Notes", orNone(token.notes && <span className="whitespace-pre-wrap">{token.notes}</span>)],
  ];
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">Details</h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
